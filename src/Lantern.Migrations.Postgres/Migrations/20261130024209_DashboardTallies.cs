using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DashboardTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AgencyId",
                table: "CaseMapGaps",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<bool>(
                name: "CaseOpen",
                table: "CaseMapGaps",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "TeamId",
                table: "CaseMapGaps",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DashboardCaseDays",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    PerpetratorContact = table.Column<bool>(type: "boolean", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Notes = table.Column<int>(type: "integer", nullable: false),
                    Words = table.Column<long>(type: "bigint", nullable: false),
                    VictimBlaming = table.Column<int>(type: "integer", nullable: false),
                    Mutualizing = table.Column<int>(type: "integer", nullable: false),
                    PerpetratorInvisible = table.Column<int>(type: "integer", nullable: false),
                    Minimizing = table.Column<int>(type: "integer", nullable: false),
                    DoubleStandard = table.Column<int>(type: "integer", nullable: false),
                    IntakesCompleted = table.Column<int>(type: "integer", nullable: false),
                    DomesticAbuseIndicated = table.Column<int>(type: "integer", nullable: false),
                    NoIndicatorsFound = table.Column<int>(type: "integer", nullable: false),
                    UnableToScreen = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DashboardCaseDays", x => new { x.CaseId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "DashboardCases",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsOpen = table.Column<bool>(type: "boolean", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HasPerpetrator = table.Column<bool>(type: "boolean", nullable: false),
                    HasPerpetratorGoal = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DashboardCases", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "DashboardTeamDays",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    Notes = table.Column<int>(type: "integer", nullable: false),
                    Words = table.Column<long>(type: "bigint", nullable: false),
                    VictimBlaming = table.Column<int>(type: "integer", nullable: false),
                    Mutualizing = table.Column<int>(type: "integer", nullable: false),
                    PerpetratorInvisible = table.Column<int>(type: "integer", nullable: false),
                    Minimizing = table.Column<int>(type: "integer", nullable: false),
                    DoubleStandard = table.Column<int>(type: "integer", nullable: false),
                    IntakesCompleted = table.Column<int>(type: "integer", nullable: false),
                    DomesticAbuseIndicated = table.Column<int>(type: "integer", nullable: false),
                    NoIndicatorsFound = table.Column<int>(type: "integer", nullable: false),
                    UnableToScreen = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DashboardTeamDays", x => new { x.AgencyId, x.TeamId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "DashboardTeamGaps",
                columns: table => new
                {
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    ComponentKey = table.Column<int>(type: "integer", nullable: false),
                    Cases = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DashboardTeamGaps", x => new { x.AgencyId, x.TeamId, x.RuleId, x.ComponentKey });
                });

            migrationBuilder.CreateIndex(
                name: "IX_DashboardCaseDays_AgencyId_Day_CaseId_OpenedOn_ClosedOn",
                table: "DashboardCaseDays",
                columns: new[] { "AgencyId", "Day", "CaseId", "OpenedOn", "ClosedOn" },
                filter: "\"PerpetratorContact\"");

            migrationBuilder.CreateIndex(
                name: "IX_DashboardCaseDays_TeamId_Day_CaseId_OpenedOn_ClosedOn",
                table: "DashboardCaseDays",
                columns: new[] { "TeamId", "Day", "CaseId", "OpenedOn", "ClosedOn" },
                filter: "\"PerpetratorContact\"");

            migrationBuilder.CreateIndex(
                name: "IX_DashboardCases_AgencyId_IsOpen_HasPerpetrator_HasPerpetrato~",
                table: "DashboardCases",
                columns: new[] { "AgencyId", "IsOpen", "HasPerpetrator", "HasPerpetratorGoal" });

            migrationBuilder.CreateIndex(
                name: "IX_DashboardCases_AgencyId_OpenedOn_ClosedOn",
                table: "DashboardCases",
                columns: new[] { "AgencyId", "OpenedOn", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DashboardCases_TeamId_IsOpen_HasPerpetrator_HasPerpetratorG~",
                table: "DashboardCases",
                columns: new[] { "TeamId", "IsOpen", "HasPerpetrator", "HasPerpetratorGoal" });

            migrationBuilder.CreateIndex(
                name: "IX_DashboardCases_TeamId_OpenedOn_ClosedOn",
                table: "DashboardCases",
                columns: new[] { "TeamId", "OpenedOn", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DashboardTeamDays_AgencyId_Day",
                table: "DashboardTeamDays",
                columns: new[] { "AgencyId", "Day" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DashboardCaseDays");

            migrationBuilder.DropTable(
                name: "DashboardCases");

            migrationBuilder.DropTable(
                name: "DashboardTeamDays");

            migrationBuilder.DropTable(
                name: "DashboardTeamGaps");

            migrationBuilder.DropColumn(
                name: "AgencyId",
                table: "CaseMapGaps");

            migrationBuilder.DropColumn(
                name: "CaseOpen",
                table: "CaseMapGaps");

            migrationBuilder.DropColumn(
                name: "TeamId",
                table: "CaseMapGaps");
        }
    }
}
