using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DashboardTeamIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DashboardCases_TeamId_IsOpen_HasPerpetrator_HasPerpetratorGoal",
                table: "DashboardCases");

            migrationBuilder.DropIndex(
                name: "IX_DashboardCases_TeamId_OpenedOn_ClosedOn",
                table: "DashboardCases");

            migrationBuilder.DropIndex(
                name: "IX_DashboardCaseDays_TeamId_Day_CaseId_OpenedOn_ClosedOn",
                table: "DashboardCaseDays");

            migrationBuilder.CreateIndex(
                name: "IX_DashboardCases_AgencyId_TeamId_IsOpen_HasPerpetrator_HasPerpetratorGoal",
                table: "DashboardCases",
                columns: new[] { "AgencyId", "TeamId", "IsOpen", "HasPerpetrator", "HasPerpetratorGoal" });

            migrationBuilder.CreateIndex(
                name: "IX_DashboardCases_AgencyId_TeamId_OpenedOn_ClosedOn",
                table: "DashboardCases",
                columns: new[] { "AgencyId", "TeamId", "OpenedOn", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DashboardCaseDays_AgencyId_TeamId_Day_CaseId_OpenedOn_ClosedOn",
                table: "DashboardCaseDays",
                columns: new[] { "AgencyId", "TeamId", "Day", "CaseId", "OpenedOn", "ClosedOn" },
                filter: "\"PerpetratorContact\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DashboardCases_AgencyId_TeamId_IsOpen_HasPerpetrator_HasPerpetratorGoal",
                table: "DashboardCases");

            migrationBuilder.DropIndex(
                name: "IX_DashboardCases_AgencyId_TeamId_OpenedOn_ClosedOn",
                table: "DashboardCases");

            migrationBuilder.DropIndex(
                name: "IX_DashboardCaseDays_AgencyId_TeamId_Day_CaseId_OpenedOn_ClosedOn",
                table: "DashboardCaseDays");

            migrationBuilder.CreateIndex(
                name: "IX_DashboardCases_TeamId_IsOpen_HasPerpetrator_HasPerpetratorGoal",
                table: "DashboardCases",
                columns: new[] { "TeamId", "IsOpen", "HasPerpetrator", "HasPerpetratorGoal" });

            migrationBuilder.CreateIndex(
                name: "IX_DashboardCases_TeamId_OpenedOn_ClosedOn",
                table: "DashboardCases",
                columns: new[] { "TeamId", "OpenedOn", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DashboardCaseDays_TeamId_Day_CaseId_OpenedOn_ClosedOn",
                table: "DashboardCaseDays",
                columns: new[] { "TeamId", "Day", "CaseId", "OpenedOn", "ClosedOn" },
                filter: "\"PerpetratorContact\"");
        }
    }
}
