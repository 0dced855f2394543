using System.Net;
using Lantern.Core.Cases;
using Lantern.Core.Intakes;
using Lantern.Practice.Screening;
using Lantern.TestCommon;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Web.Tests.Api;

public sealed class IntakeApiTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private static Dictionary<string, object?> Screened(Dictionary<string, object?> body, ScreeningOutcome outcome, params (string Question, ScreeningAnswer Answer)[] answers)
    {
        body["screeningOutcome"] = outcome;
        foreach (var (question, answer) in answers)
        {
            body[question] = answer;
        }

        return body;
    }

    private static async Task<IntakeDetail> DraftAsync(HttpClient client, Guid caseId, Dictionary<string, object?>? body = null) =>
        await (await client.PostJsonAsync($"/api/v1/cases/{caseId}/intakes", body ?? ApiSupport.IntakeBody())).ReadAsync<IntakeDetail>(HttpStatusCode.Created);

    [Fact]
    public async Task CreateForCase_ThenGet_ListContainsTheDraft()
    {
        var worker = await factory.ApiAsync("worker");
        var record = await worker.NewCaseAsync();

        var response = await worker.PostJsonAsync($"/api/v1/cases/{record.Id}/intakes", ApiSupport.IntakeBody("Health visitor saw bruising on the mother's arms."));
        var created = await response.ReadAsync<IntakeDetail>(HttpStatusCode.Created);
        var readBack = await (await worker.GetAsync(response.Headers.Location!.OriginalString)).ReadAsync<IntakeDetail>();
        var list = await (await worker.GetAsync($"/api/v1/cases/{record.Id}/intakes")).ReadAsync<List<IntakeSummary>>();

        Assert.Equal($"/api/v1/intakes/{created.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(("Health visitor saw bruising on the mother's arms.", IntakeStatus.Draft, record.Id), (readBack.Narrative, readBack.Status, readBack.CaseId));
        Assert.Contains(list, i => i.Id == created.Id && i.Status == IntakeStatus.Draft);
    }

    [Fact]
    public async Task CreateWithoutCase_OpensANewCaseInIntakeForTheCaller()
    {
        var worker = await factory.ApiAsync("worker");

        var created = await (await worker.PostJsonAsync("/api/v1/intakes", ApiSupport.IntakeBody("Anonymous caller worried about a baby crying for hours.")))
            .ReadAsync<IntakeDetail>(HttpStatusCode.Created);
        var opened = await (await worker.GetAsync($"/api/v1/cases/{created.CaseId}")).ReadAsync<CaseDetail>();

        Assert.Equal(CaseStatus.Intake, opened.Status);
        Assert.Equal("Aisha Rahman", opened.AllocatedWorkerName);
        Assert.Equal("Anonymous caller worried about a baby crying for hours.", opened.PresentingConcerns);
        Assert.Equal(created.Id, Assert.Single(opened.Intakes).Id);
    }

    [Fact]
    public async Task Update_StaleVersion_Returns409AndKeepsTheFirstEdit()
    {
        var worker = await factory.ApiAsync("worker");
        var supervisor = await factory.ApiAsync("supervisor");
        var intake = await DraftAsync(worker, (await worker.NewCaseAsync()).Id);
        var url = $"/api/v1/intakes/{intake.Id}";

        var first = await worker.PutJsonAsync(url, new Dictionary<string, object?>(ApiSupport.IntakeBody("First account.")) { ["version"] = intake.Version });
        var second = await supervisor.PutJsonAsync(url, new Dictionary<string, object?>(ApiSupport.IntakeBody("Second account.")) { ["version"] = intake.Version });
        var now = await (await worker.GetAsync(url)).ReadAsync<IntakeDetail>();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await second.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("First account.", now.Narrative);
    }

    [Fact]
    public async Task Complete_WithoutScreening_Returns400NamingOutcomeAndStaysDraft()
    {
        var worker = await factory.ApiAsync("worker");
        var intake = await DraftAsync(worker, (await worker.NewCaseAsync()).Id);

        var response = await worker.PostJsonAsync($"/api/v1/intakes/{intake.Id}/complete", new { version = intake.Version });
        var now = await (await worker.GetAsync($"/api/v1/intakes/{intake.Id}")).ReadAsync<IntakeDetail>();

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField(ScreeningCompleteness.OutcomeField);
        Assert.Equal(IntakeStatus.Draft, now.Status);
    }

    [Fact]
    public async Task Complete_NoIndicatorsButAYesAnswer_Returns400NamingThatQuestion()
    {
        var worker = await factory.ApiAsync("worker");
        var body = Screened(ApiSupport.IntakeBody(), ScreeningOutcome.NoIndicatorsFound,
            ("harmOrFearFromPartner", ScreeningAnswer.Yes), ("controllingBehaviour", ScreeningAnswer.No),
            ("policeOrCourtInvolvement", ScreeningAnswer.No), ("childrenHarmedOrUsed", ScreeningAnswer.No));
        var intake = await DraftAsync(worker, (await worker.NewCaseAsync()).Id, body);

        var response = await worker.PostJsonAsync($"/api/v1/intakes/{intake.Id}/complete", new { version = intake.Version });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        problem.AssertNamesField(nameof(ScreeningQuestion.HarmOrFearFromPartner));
        Assert.DoesNotContain(nameof(ScreeningQuestion.ControllingBehaviour), problem.ErrorFields());
    }

    [Fact]
    public async Task Complete_WithConsistentScreening_Returns200CompletedAndFreezesTheIntake()
    {
        var worker = await factory.ApiAsync("worker");
        var body = Screened(ApiSupport.IntakeBody(), ScreeningOutcome.DomesticAbuseIndicated, ("controllingBehaviour", ScreeningAnswer.Yes));
        var intake = await DraftAsync(worker, (await worker.NewCaseAsync()).Id, body);

        var completed = await (await worker.PostJsonAsync($"/api/v1/intakes/{intake.Id}/complete", new { version = intake.Version })).ReadAsync<IntakeDetail>();
        var edit = await worker.PutJsonAsync($"/api/v1/intakes/{intake.Id}", new Dictionary<string, object?>(body) { ["version"] = completed.Version });

        Assert.Equal(IntakeStatus.Completed, completed.Status);
        Assert.NotNull(completed.CompletedAt);
        (await edit.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("Status");
    }

    [Fact]
    public async Task Complete_StaleVersion_Returns409AndStaysDraft()
    {
        var worker = await factory.ApiAsync("worker");
        var body = Screened(ApiSupport.IntakeBody(), ScreeningOutcome.DomesticAbuseIndicated, ("harmOrFearFromPartner", ScreeningAnswer.Yes));
        var intake = await DraftAsync(worker, (await worker.NewCaseAsync()).Id, body);
        await (await worker.PutJsonAsync($"/api/v1/intakes/{intake.Id}", new Dictionary<string, object?>(body) { ["narrative"] = "Added detail.", ["version"] = intake.Version }))
            .ReadAsync<IntakeDetail>();

        var response = await worker.PostJsonAsync($"/api/v1/intakes/{intake.Id}/complete", new { version = intake.Version });
        var now = await (await worker.GetAsync($"/api/v1/intakes/{intake.Id}")).ReadAsync<IntakeDetail>();

        await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(IntakeStatus.Draft, now.Status);
    }

    [Fact]
    public async Task Complete_NoVersion_Returns400NamingVersion()
    {
        var worker = await factory.ApiAsync("worker");
        var intake = await DraftAsync(worker, (await worker.NewCaseAsync()).Id);

        var response = await worker.PostJsonAsync($"/api/v1/intakes/{intake.Id}/complete", new { });

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("Version");
    }

    [Fact]
    public async Task Get_IntakeOfAnotherTeam_Returns404AndAuditsTheRefusalAgainstItsCase()
    {
        var worker = await factory.ApiAsync("worker");
        var teamBCase = await factory.TeamBCaseAsync();
        var intakeId = await factory.WithSystemDbAsync(db => db.Intakes.Where(i => i.CaseId == teamBCase).Select(i => i.Id).FirstAsync());
        var mark = await factory.AuditMarkAsync();

        var response = await worker.GetAsync($"/api/v1/intakes/{intakeId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await factory.AssertDeniedAsync(mark, "worker", caseId: teamBCase);
    }

    [Fact]
    public async Task ListAndCreateForCase_PartnerAgencyOnAnUnsharedFamily_Return404AndAuditTheRefusals()
    {
        var advocate = await factory.ApiAsync("advocate");
        var calder = await factory.CaseOfAsync("Burns");
        var mark = await factory.AuditMarkAsync();

        var list = await advocate.GetAsync($"/api/v1/cases/{calder}/intakes");
        var create = await advocate.PostJsonAsync($"/api/v1/cases/{calder}/intakes", ApiSupport.IntakeBody());

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, create.StatusCode);
        await factory.AssertDeniedAsync(mark, "advocate", caseId: calder);
        Assert.Equal(2, (await factory.AuditSinceAsync(mark)).Count(e => e.CaseId == calder && e.Outcome == Core.Audit.AuditOutcome.Denied));
    }

    [Fact]
    public async Task UpdateAndComplete_IntakeOutsideScope_Return404AndLeaveItUnchanged()
    {
        var worker = await factory.ApiAsync("worker");
        var colleague = await factory.ApiAsync("colleague");
        var body = Screened(ApiSupport.IntakeBody("Worker's own account."), ScreeningOutcome.DomesticAbuseIndicated, ("harmOrFearFromPartner", ScreeningAnswer.Yes));
        var intake = await DraftAsync(worker, (await worker.NewCaseAsync()).Id, body);
        var mark = await factory.AuditMarkAsync();

        var edit = await colleague.PutJsonAsync($"/api/v1/intakes/{intake.Id}", new Dictionary<string, object?>(ApiSupport.IntakeBody("Overwritten.")) { ["version"] = intake.Version });
        var complete = await colleague.PostJsonAsync($"/api/v1/intakes/{intake.Id}/complete", new { version = intake.Version });
        var now = await (await worker.GetAsync($"/api/v1/intakes/{intake.Id}")).ReadAsync<IntakeDetail>();

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (edit.StatusCode, complete.StatusCode));
        Assert.Equal(("Worker's own account.", IntakeStatus.Draft), (now.Narrative, now.Status));
        await factory.AssertDeniedAsync(mark, "colleague", caseId: intake.CaseId);
    }
}
