using System.Globalization;
using System.Net;
using System.Text.Json;
using Lantern.Core.Audit;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Xunit;

namespace Lantern.Web.Tests.RiskPlans;

public sealed class RiskPlanTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void AddDate(Dictionary<string, string> fields, string name, DateOnly date)
    {
        fields[name + ".Day"] = Text(date.Day);
        fields[name + ".Month"] = Text(date.Month);
        fields[name + ".Year"] = Text(date.Year);
    }

    /// <summary>A plan as the school's designated safeguarding lead would type it, with the spare rows left empty.</summary>
    private static Dictionary<string, string> PlanFields()
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Concern"] = "Poppy told her teacher that her dad shouts at her mum and she is scared to go home.",
            ["Input.Risks[0].Description"] = "Poppy is exposed to her father's abuse of her mother at home.",
            ["Input.Risks[0].Likelihood"] = "High",
            ["Input.Risks[0].Seriousness"] = "High",
            ["Input.Risks[1].Description"] = "",
            ["Input.Risks[1].Likelihood"] = "",
            ["Input.Risks[1].Seriousness"] = "",
            ["Input.Actions[0].Description"] = "Daily check-in with Poppy at the start of the school day.",
            ["Input.Actions[0].Owner"] = "Class teacher",
            ["Input.Actions[1].Description"] = "",
            ["Input.Actions[1].Owner"] = "",
        };
        AddDate(fields, "Input.Actions[0].DueOn", ApiSupport.Today.AddDays(7));
        AddDate(fields, "Input.ReviewOn", ApiSupport.Today.AddMonths(1));
        return fields;
    }

    private static Dictionary<string, object?> PlanBody(string concern = "Rory arrives hungry and says his mum cries a lot.") => new()
    {
        ["concern"] = concern,
        ["risks"] = new object[]
        {
            new Dictionary<string, object?> { ["description"] = "Rory goes without food at home.", ["likelihood"] = "Medium", ["seriousness"] = "High" },
            new Dictionary<string, object?> { ["description"] = "", ["likelihood"] = null, ["seriousness"] = null },
        },
        ["actions"] = new object[]
        {
            new Dictionary<string, object?> { ["description"] = "Breakfast club place.", ["owner"] = "Designated safeguarding lead", ["dueOn"] = ApiSupport.Today.AddDays(3) },
            new Dictionary<string, object?> { ["description"] = " ", ["owner"] = "" },
            new Dictionary<string, object?>(),
        },
        ["reviewOn"] = ApiSupport.Today.AddMonths(1),
    };

    private async Task<(HttpClient Api, HttpClient Pages, Guid CaseId)> CaseAsync()
    {
        var api = await factory.ApiAsync("worker");
        var record = await api.NewCaseAsync();
        return (api, await factory.SignedInAsync("worker"), record.Id);
    }

    [Fact]
    public async Task Create_ThroughTheForm_ShowsOnTheListAndTheViewAndEachReadIsAudited()
    {
        var (_, worker, caseId) = await CaseAsync();
        var empty = await worker.GetStringAsync(new Uri($"/Cases/{caseId}/RiskPlans", UriKind.Relative));
        var casePage = await worker.GetStringAsync(new Uri($"/Cases/{caseId}", UriKind.Relative));

        var response = await worker.PostFormAsync($"/Cases/{caseId}/RiskPlans/New", PlanFields());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/RiskPlans/", location, StringComparison.Ordinal);
        var id = Guid.Parse(location["/RiskPlans/".Length..]);
        var mark = await factory.AuditMarkAsync();
        var list = await worker.GetStringAsync(new Uri($"/Cases/{caseId}/RiskPlans", UriKind.Relative));
        var view = await worker.GetStringAsync(new Uri(location, UriKind.Relative));
        var audit = await factory.AuditSinceAsync(mark);

        Assert.Contains($"href=\"/Cases/{caseId}/RiskPlans\"", casePage, StringComparison.Ordinal);
        Assert.Contains("No risk management plans have been written on this case.", empty, StringComparison.Ordinal);
        Assert.Contains("A risk management plan sets out a concern about a child", empty, StringComparison.Ordinal);
        Assert.Contains($"href=\"/RiskPlans/{id}\"", list, StringComparison.Ordinal);
        Assert.Contains("Poppy told her teacher", list, StringComparison.Ordinal);
        Assert.Contains("Poppy told her teacher", view, StringComparison.Ordinal);
        Assert.Contains("exposed to her father&#x27;s abuse", view, StringComparison.Ordinal);
        Assert.Contains("Daily check-in with Poppy", view, StringComparison.Ordinal);
        Assert.Contains("Class teacher", view, StringComparison.Ordinal);
        Assert.Contains(audit, e => e.Action == AuditAction.RiskPlanViewed && e.CaseId == caseId && e.Detail == "part=list;plans=1");
        Assert.Contains(audit, e => e.Action == AuditAction.RiskPlanViewed && e.CaseId == caseId && e.SubjectId == id && e.Detail == "part=plan");
    }

    [Fact]
    public async Task Create_MissingConcernAndOwner_ShowsTheFieldErrorsAndKeepsWhatWasTyped()
    {
        var (_, worker, caseId) = await CaseAsync();
        var fields = PlanFields();
        fields["Input.Concern"] = "";
        fields["Input.Actions[0].Owner"] = "";
        AddDate(fields, "Input.Actions[0].DoneOn", ApiSupport.Today.AddDays(2));

        var response = await worker.PostFormAsync($"/Cases/{caseId}/RiskPlans/New", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error:", html, StringComparison.Ordinal);
        Assert.Contains("Enter the concern.", html, StringComparison.Ordinal);
        Assert.Contains("Give each action an owner.", html, StringComparison.Ordinal);
        Assert.Contains("cannot be in the future", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_Concern\"", html, StringComparison.Ordinal);
        Assert.Contains("exposed to her father&#x27;s abuse", html, StringComparison.Ordinal);
        Assert.Contains("Daily check-in with Poppy", html, StringComparison.Ordinal);
        var list = await (await factory.ApiAsync("worker")).GetAsync($"/api/v1/cases/{caseId}/risk-plans");
        Assert.Equal(0, (await list.ReadAsync<JsonElement>()).GetArrayLength());
    }

    [Fact]
    public async Task Create_BlankRowsAreIgnored_AndRowErrorsNameTheirRow()
    {
        var (api, _, caseId) = await CaseAsync();

        var created = await (await api.PostJsonAsync($"/api/v1/cases/{caseId}/risk-plans", PlanBody())).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var missingOwner = PlanBody();
        missingOwner["actions"] = new object[] { new Dictionary<string, object?>(), new Dictionary<string, object?> { ["description"] = "Referral to the school nurse." } };
        var problem = await (await api.PostJsonAsync($"/api/v1/cases/{caseId}/risk-plans", missingOwner)).ProblemAsync(HttpStatusCode.BadRequest);
        var noConcern = PlanBody(concern: "  ");
        var concernProblem = await (await api.PostJsonAsync($"/api/v1/cases/{caseId}/risk-plans", noConcern)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(1, created.GetProperty("risks").GetArrayLength());
        Assert.Equal(1, created.GetProperty("actions").GetArrayLength());
        Assert.Equal("Designated safeguarding lead", created.GetProperty("actions")[0].GetProperty("owner").GetString());
        problem.AssertNamesField("actions[1].Owner");
        Assert.Contains("Give each action an owner.", problem.ToString(), StringComparison.Ordinal);
        concernProblem.AssertNamesField("concern");
    }

    [Fact]
    public async Task Review_ThroughTheEditPage_MovesTheReviewDateOnAndReplacesTheRows()
    {
        var (api, worker, caseId) = await CaseAsync();
        var created = await (await api.PostJsonAsync($"/api/v1/cases/{caseId}/risk-plans", PlanBody())).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var form = await worker.GetStringAsync(new Uri($"/RiskPlans/{id}/Edit", UriKind.Relative));
        var fields = new Dictionary<string, string>
        {
            ["Input.Concern"] = "Rory arrives hungry and says his mum cries a lot.",
            ["Input.Risks[0].Description"] = "Rory goes without food at home.",
            ["Input.Risks[0].Likelihood"] = "Low",
            ["Input.Risks[0].Seriousness"] = "High",
            ["Input.Actions[0].Description"] = "Breakfast club place.",
            ["Input.Actions[0].Owner"] = "Designated safeguarding lead",
            ["Input.Version"] = Text((int)created.GetProperty("version").GetUInt32()),
        };
        AddDate(fields, "Input.Actions[0].DoneOn", ApiSupport.Today);
        AddDate(fields, "Input.ReviewOn", ApiSupport.Today.AddMonths(3));
        var mark = await factory.AuditMarkAsync();

        var response = await worker.PostFormAsync($"/RiskPlans/{id}/Edit", fields);
        var saved = await (await api.GetAsync($"/api/v1/risk-plans/{id}")).ReadAsync<JsonElement>();

        Assert.Contains("Breakfast club place.", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Risks[4].Description\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Actions[7].Owner\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/RiskPlans/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal(ApiSupport.Today.AddMonths(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), saved.GetProperty("reviewOn").GetString());
        Assert.Equal("Low", saved.GetProperty("risks")[0].GetProperty("likelihood").GetString());
        Assert.Equal(1, saved.GetProperty("risks").GetArrayLength());
        Assert.Equal(ApiSupport.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), saved.GetProperty("actions")[0].GetProperty("doneOn").GetString());
        Assert.Contains(await factory.AuditSinceAsync(mark), e => e.Action == AuditAction.RiskPlanChanged && e.SubjectId == id);
    }

    [Fact]
    public async Task Update_StaleVersion_Answers409AndKeepsTheFirstEdit()
    {
        var (api, _, caseId) = await CaseAsync();
        var created = await (await api.PostJsonAsync($"/api/v1/cases/{caseId}/risk-plans", PlanBody())).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetUInt32();
        var first = PlanBody("First edit: Rory has lost weight this term.");
        first["version"] = version;
        var second = PlanBody("Second edit, from a stale page.");
        second["version"] = version;

        await (await api.PutJsonAsync($"/api/v1/risk-plans/{id}", first)).ReadAsync<JsonElement>();
        await (await api.PutJsonAsync($"/api/v1/risk-plans/{id}", second)).ProblemAsync(HttpStatusCode.Conflict);
        var now = await (await api.GetAsync($"/api/v1/risk-plans/{id}")).ReadAsync<JsonElement>();

        Assert.Equal("First edit: Rory has lost weight this term.", now.GetProperty("concern").GetString());
        Assert.Equal(1, now.GetProperty("risks").GetArrayLength());
        Assert.Equal(1, now.GetProperty("actions").GetArrayLength());
    }

    [Fact]
    public async Task Edit_SomeoneSavedFirst_ShowsTheConflictAndKeepsWhatWasTyped()
    {
        var (api, worker, caseId) = await CaseAsync();
        var created = await (await api.PostJsonAsync($"/api/v1/cases/{caseId}/risk-plans", PlanBody())).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var editPage = $"/RiskPlans/{id}/Edit";
        var token = await worker.AntiforgeryTokenAsync(editPage);
        var colleague = PlanBody("Saved first by a colleague.");
        colleague["version"] = created.GetProperty("version").GetUInt32();
        await (await api.PutJsonAsync($"/api/v1/risk-plans/{id}", colleague)).ReadAsync<JsonElement>();

        var fields = PlanFields();
        fields["Input.Concern"] = "My edit from the page I opened earlier.";
        fields["Input.Version"] = Text((int)created.GetProperty("version").GetUInt32());
        fields["__RequestVerificationToken"] = token;
        var response = await worker.PostAsync(new Uri(editPage, UriKind.Relative), new FormUrlEncodedContent(fields));
        var html = await response.Content.ReadAsStringAsync();
        var saved = await (await api.GetAsync($"/api/v1/risk-plans/{id}")).ReadAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("changed by someone else", html, StringComparison.Ordinal);
        Assert.Contains("Saved first by a colleague.", html, StringComparison.Ordinal);
        Assert.Contains("My edit from the page I opened earlier.", html, StringComparison.Ordinal);
        Assert.Equal("Saved first by a colleague.", saved.GetProperty("concern").GetString());
    }

    [Fact]
    public async Task OtherTeamsCase_EveryRouteIsNotFoundAndAudited()
    {
        var worker = await factory.SignedInAsync("worker");
        var workerApi = await factory.ApiAsync("worker");
        var colleague = await factory.ApiAsync("colleague");
        var caseId = await factory.TeamBCaseAsync();
        var theirs = await (await colleague.PostJsonAsync($"/api/v1/cases/{caseId}/risk-plans", PlanBody())).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var planId = theirs.GetProperty("id").GetGuid();
        var mark = await factory.AuditMarkAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync(new Uri($"/Cases/{caseId}/RiskPlans", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync(new Uri($"/Cases/{caseId}/RiskPlans/New", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync(new Uri($"/RiskPlans/{planId}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync(new Uri($"/RiskPlans/{planId}/Edit", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await workerApi.GetAsync($"/api/v1/cases/{caseId}/risk-plans")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await workerApi.PostJsonAsync($"/api/v1/cases/{caseId}/risk-plans", PlanBody())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await workerApi.GetAsync($"/api/v1/risk-plans/{planId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await workerApi.PutJsonAsync($"/api/v1/risk-plans/{planId}", new Dictionary<string, object?>(PlanBody()) { ["version"] = 0 })).StatusCode);
        await factory.AssertDeniedAsync(mark, "worker", caseId: caseId);
        var audit = await factory.AuditSinceAsync(mark);
        Assert.Contains(audit, e => e.Action == AuditAction.AccessDenied && e.CaseId == caseId && e.Detail != null && e.Detail.Contains(nameof(AuditAction.RiskPlanViewed), StringComparison.Ordinal));
        var unchanged = await (await colleague.GetAsync($"/api/v1/risk-plans/{planId}")).ReadAsync<JsonElement>();
        Assert.Equal(theirs.GetProperty("concern").GetString(), unchanged.GetProperty("concern").GetString());
    }

    [Fact]
    public async Task Reviewer_ReadsPlansButMayNotWriteOrChangeThem()
    {
        var api = await factory.ApiAsync("worker");
        var caseId = await factory.CaseOfAsync("Calder");
        var created = await (await api.PostJsonAsync($"/api/v1/cases/{caseId}/risk-plans", PlanBody())).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var reviewer = await factory.SignedInAsync("reviewer");
        var reviewerApi = await factory.ApiAsync("reviewer");

        var list = await reviewer.GetAsync(new Uri($"/Cases/{caseId}/RiskPlans", UriKind.Relative));
        var view = await reviewer.GetStringAsync(new Uri($"/RiskPlans/{id}", UriKind.Relative));
        var newPage = await reviewer.GetAsync(new Uri($"/Cases/{caseId}/RiskPlans/New", UriKind.Relative));
        var editPage = await reviewer.GetAsync(new Uri($"/RiskPlans/{id}/Edit", UriKind.Relative));
        var post = await reviewerApi.PostJsonAsync($"/api/v1/cases/{caseId}/risk-plans", PlanBody());
        var put = await reviewerApi.PutJsonAsync($"/api/v1/risk-plans/{id}", new Dictionary<string, object?>(PlanBody()) { ["version"] = created.GetProperty("version").GetUInt32() });

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.DoesNotContain("Write a risk management plan", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain($"/RiskPlans/{id}/Edit", view, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, newPage.StatusCode);
        Assert.Contains("AccessDenied", newPage.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, editPage.StatusCode);
        Assert.Contains("AccessDenied", editPage.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
    }
}
