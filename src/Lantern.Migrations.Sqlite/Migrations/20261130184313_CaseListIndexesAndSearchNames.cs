using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Migrations.Sqlite.Migrations
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

            // Clustered on the case (WITHOUT ROWID): a name search reads one row per case, and this way that is one
            // lookup rather than the key's index and then the row.
            migrationBuilder.Sql("""
                CREATE TABLE "CaseSearchNames" (
                    "CaseId" TEXT NOT NULL CONSTRAINT "PK_CaseSearchNames" PRIMARY KEY,
                    "Names" TEXT NOT NULL,
                    CONSTRAINT "FK_CaseSearchNames_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
                ) WITHOUT ROWID;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Team_List",
                table: "Cases",
                columns: new[] { "TeamId", "OpenedOn", "Reference", "OwningAgencyId", "IsDeleted", "AllocatedWorkerId", "Status", "IsRestricted", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Worker_List",
                table: "Cases",
                columns: new[] { "AllocatedWorkerId", "OpenedOn", "Reference", "OwningAgencyId", "IsDeleted", "TeamId", "Status", "IsRestricted", "Id" });

            // Statistics for the new indexes at once: without them the planner guessed that an agency holds a few
            // thousand cases rather than all of them, and walked the agency's index for a team's name search.
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
