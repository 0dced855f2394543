using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CaseListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_AllocatedWorkerId_Status",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_OwningAgencyId_TeamId_Status",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_TeamId",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AllocatedWorkerId_OpenedOn",
                table: "Cases",
                columns: new[] { "AllocatedWorkerId", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OwningAgencyId_OpenedOn",
                table: "Cases",
                columns: new[] { "OwningAgencyId", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_TeamId_OpenedOn",
                table: "Cases",
                columns: new[] { "TeamId", "OpenedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_AllocatedWorkerId_OpenedOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_OwningAgencyId_OpenedOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_TeamId_OpenedOn",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AllocatedWorkerId_Status",
                table: "Cases",
                columns: new[] { "AllocatedWorkerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OwningAgencyId_TeamId_Status",
                table: "Cases",
                columns: new[] { "OwningAgencyId", "TeamId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_TeamId",
                table: "Cases",
                column: "TeamId");
        }
    }
}
