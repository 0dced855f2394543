using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CaseSearchNamesByTeam : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "TeamId",
                table: "CaseSearchNames",
                type: "TEXT",
                nullable: true);

            // Kept rows written before this migration learn their case's team here; later saves keep it (CaseSearchNamesOnRecord).
            migrationBuilder.Sql("""
                UPDATE "CaseSearchNames" SET "TeamId" = (SELECT c."TeamId" FROM "Cases" AS c WHERE c."Id" = "CaseSearchNames"."CaseId");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_CaseSearchNames_TeamId_Names",
                table: "CaseSearchNames",
                columns: new[] { "TeamId", "Names" });

            migrationBuilder.Sql("ANALYZE \"CaseSearchNames\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseSearchNames_TeamId_Names",
                table: "CaseSearchNames");

            migrationBuilder.DropColumn(
                name: "TeamId",
                table: "CaseSearchNames");
        }
    }
}
