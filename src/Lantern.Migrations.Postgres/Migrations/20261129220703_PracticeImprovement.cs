using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PracticeImprovement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DoubleStandardFindings",
                table: "CaseNotes",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MinimizingFindings",
                table: "CaseNotes",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MutualizingFindings",
                table: "CaseNotes",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PerpetratorInvisibleFindings",
                table: "CaseNotes",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "VictimBlamingFindings",
                table: "CaseNotes",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "With",
                table: "CaseNotes",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "WordCount",
                table: "CaseNotes",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "CaseMapGaps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Component = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMapGaps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    SampleId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PreScorerVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConfirmedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseReviews_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContinuumAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContinuumAssessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PracticeChampions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeChampions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PracticeMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Attendees = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Learning = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeMeetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Presentations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AudienceKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Audience = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Topic = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Presenter = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AttendeeCount = table.Column<int>(type: "integer", nullable: true),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Presentations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReviewSamples",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Size = table.Column<int>(type: "integer", nullable: false),
                    Seed = table.Column<int>(type: "integer", nullable: false),
                    Eligible = table.Column<int>(type: "integer", nullable: false),
                    DrawnById = table.Column<Guid>(type: "uuid", nullable: false),
                    DrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewSamples", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupervisorId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Components = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    GapsFound = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Coaching = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    CoachingNotes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionSessions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AttendeeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Course = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AttendedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CriterionRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    Criterion = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    PreScore = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    PreScoreReasons = table.Column<string>(type: "text", nullable: false),
                    Rating = table.Column<int>(type: "integer", maxLength: 40, nullable: true),
                    ChangeReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CriterionRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CriterionRatings_CaseReviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "CaseReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContinuumRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Area = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContinuumRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContinuumRatings_ContinuumAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "ContinuumAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeMeetingCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeMeetingCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeMeetingCases_PracticeMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "PracticeMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FollowedUpInSessionId = table.Column<Guid>(type: "uuid", nullable: true),
                    FollowUpNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionActions_SupervisionSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "SupervisionSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMapGaps_CaseId",
                table: "CaseMapGaps",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMapGaps_RuleId_CaseId",
                table: "CaseMapGaps",
                columns: new[] { "RuleId", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseReviews_AgencyId_Status_ConfirmedOn",
                table: "CaseReviews",
                columns: new[] { "AgencyId", "Status", "ConfirmedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseReviews_CaseId",
                table: "CaseReviews",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseReviews_SampleId",
                table: "CaseReviews",
                column: "SampleId");

            migrationBuilder.CreateIndex(
                name: "IX_ContinuumAssessments_AgencyId_AssessedOn",
                table: "ContinuumAssessments",
                columns: new[] { "AgencyId", "AssessedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ContinuumRatings_AssessmentId_Area",
                table: "ContinuumRatings",
                columns: new[] { "AssessmentId", "Area" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CriterionRatings_ReviewId_Criterion",
                table: "CriterionRatings",
                columns: new[] { "ReviewId", "Criterion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PracticeChampions_AgencyId_UserId",
                table: "PracticeChampions",
                columns: new[] { "AgencyId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeMeetingCases_MeetingId",
                table: "PracticeMeetingCases",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeMeetings_AgencyId_HeldOn",
                table: "PracticeMeetings",
                columns: new[] { "AgencyId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Presentations_AgencyId_GivenOn",
                table: "Presentations",
                columns: new[] { "AgencyId", "GivenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewSamples_AgencyId_DrawnAt",
                table: "ReviewSamples",
                columns: new[] { "AgencyId", "DrawnAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionActions_CaseId_Status",
                table: "SupervisionActions",
                columns: new[] { "CaseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionActions_SessionId",
                table: "SupervisionActions",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionSessions_CaseId_HeldOn",
                table: "SupervisionSessions",
                columns: new[] { "CaseId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionSessions_SupervisorId_HeldOn",
                table: "SupervisionSessions",
                columns: new[] { "SupervisorId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecords_AgencyId_AttendedOn",
                table: "TrainingRecords",
                columns: new[] { "AgencyId", "AttendedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseMapGaps");

            migrationBuilder.DropTable(
                name: "ContinuumRatings");

            migrationBuilder.DropTable(
                name: "CriterionRatings");

            migrationBuilder.DropTable(
                name: "PracticeChampions");

            migrationBuilder.DropTable(
                name: "PracticeMeetingCases");

            migrationBuilder.DropTable(
                name: "Presentations");

            migrationBuilder.DropTable(
                name: "ReviewSamples");

            migrationBuilder.DropTable(
                name: "SupervisionActions");

            migrationBuilder.DropTable(
                name: "TrainingRecords");

            migrationBuilder.DropTable(
                name: "ContinuumAssessments");

            migrationBuilder.DropTable(
                name: "CaseReviews");

            migrationBuilder.DropTable(
                name: "PracticeMeetings");

            migrationBuilder.DropTable(
                name: "SupervisionSessions");

            migrationBuilder.DropColumn(
                name: "DoubleStandardFindings",
                table: "CaseNotes");

            migrationBuilder.DropColumn(
                name: "MinimizingFindings",
                table: "CaseNotes");

            migrationBuilder.DropColumn(
                name: "MutualizingFindings",
                table: "CaseNotes");

            migrationBuilder.DropColumn(
                name: "PerpetratorInvisibleFindings",
                table: "CaseNotes");

            migrationBuilder.DropColumn(
                name: "VictimBlamingFindings",
                table: "CaseNotes");

            migrationBuilder.DropColumn(
                name: "With",
                table: "CaseNotes");

            migrationBuilder.DropColumn(
                name: "WordCount",
                table: "CaseNotes");
        }
    }
}
