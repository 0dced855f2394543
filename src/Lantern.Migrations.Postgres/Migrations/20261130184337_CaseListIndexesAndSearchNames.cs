using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CaseListIndexesAndSearchNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_AllocatedWorkerId_OpenedOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_TeamId_OpenedOn",
                table: "Cases");

            migrationBuilder.CreateTable(
                name: "CaseSearchNames",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Names = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSearchNames", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_CaseSearchNames_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Team_List",
                table: "Cases",
                columns: new[] { "TeamId", "OpenedOn", "Reference", "OwningAgencyId", "IsDeleted", "AllocatedWorkerId", "Status", "IsRestricted", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Worker_List",
                table: "Cases",
                columns: new[] { "AllocatedWorkerId", "OpenedOn", "Reference", "OwningAgencyId", "IsDeleted", "TeamId", "Status", "IsRestricted", "Id" });

            // Statistics for the new indexes at once, so that the first lists after an upgrade are planned on them.
            migrationBuilder.Sql("ANALYZE \"Cases\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseSearchNames");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Team_List",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Worker_List",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AllocatedWorkerId_OpenedOn",
                table: "Cases",
                columns: new[] { "AllocatedWorkerId", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_TeamId_OpenedOn",
                table: "Cases",
                columns: new[] { "TeamId", "OpenedOn" });
        }
    }
}
