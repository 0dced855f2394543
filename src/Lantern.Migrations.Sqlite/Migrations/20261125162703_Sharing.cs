using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Sharing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseShares",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerAgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Categories = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    ConsentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    ActiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SharedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    SharedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseShares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseShares_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GivenByPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerAgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SharingAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<uint>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharingAgreements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgreementParties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Categories = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    ConsentRequired = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementParties_SharingAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "SharingAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementParties_AgreementId_AgencyId",
                table: "AgreementParties",
                columns: new[] { "AgreementId", "AgencyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseShares_AgreementId",
                table: "CaseShares",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseShares_CaseId_PartnerAgencyId",
                table: "CaseShares",
                columns: new[] { "CaseId", "PartnerAgencyId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseShares_PartnerAgencyId_IsActive",
                table: "CaseShares",
                columns: new[] { "PartnerAgencyId", "IsActive" });

            migrationBuilder.CreateIndex(
                name: "IX_Consents_CaseId",
                table: "Consents",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementParties");

            migrationBuilder.DropTable(
                name: "CaseShares");

            migrationBuilder.DropTable(
                name: "Consents");

            migrationBuilder.DropTable(
                name: "SharingAgreements");
        }
    }
}
