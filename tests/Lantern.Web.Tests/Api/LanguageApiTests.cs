using System.Net;
using Lantern.TestCommon;
using Lantern.Web.Api;
using Xunit;

namespace Lantern.Web.Tests.Api;

public sealed class LanguageApiTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    [Fact]
    public async Task Check_BlamingSentence_ReturnsAFindingWithItsPlace()
    {
        var worker = await factory.ApiAsync("worker");

        var response = await worker.PostJsonAsync("/api/v1/language/check", new { text = "Home visit.\nShe failed to protect the children.", locale = "en-GB" });
        var findings = await response.ReadAsync<List<LanguageFindingView>>();

        var finding = Assert.Single(findings, f => f.Category == "victim_blaming");
        Assert.Equal(2, finding.Line);
        Assert.False(string.IsNullOrEmpty(finding.Rule));
        Assert.False(string.IsNullOrEmpty(finding.Reason));
        Assert.Equal("Home visit.\nShe failed to protect the children.".Substring(finding.Offset, finding.Length), finding.Text);
    }

    [Fact]
    public async Task Check_CleanSentence_ReturnsAnEmptyList()
    {
        var worker = await factory.ApiAsync("worker");

        var findings = await (await worker.PostJsonAsync("/api/v1/language/check", new { text = "The children were collected by their aunt." }))
            .ReadAsync<List<LanguageFindingView>>();

        Assert.Empty(findings);
    }

    [Fact]
    public async Task Check_WithAVisibleCase_RewritesNameTheCasePeople()
    {
        var worker = await factory.ApiAsync("worker");
        var calder = await factory.CaseOfAsync("Calder");

        var findings = await (await worker.PostJsonAsync("/api/v1/language/check", new { text = "She was pushed against the wall.", caseId = calder }))
            .ReadAsync<List<LanguageFindingView>>();

        Assert.Contains(findings, f => f.Suggestions.Any(s => s.Contains("Gavin Calder", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Check_CaseOutOfScope_Returns404AndRecordsTheDenial()
    {
        var worker = await factory.ApiAsync("worker");
        var teamB = await factory.TeamBCaseAsync();
        var mark = await factory.AuditMarkAsync();

        var response = await worker.PostJsonAsync("/api/v1/language/check", new { text = "She was pushed.", caseId = teamB });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await factory.AssertDeniedAsync(mark, "worker", caseId: teamB);
    }

    [Fact]
    public async Task Check_NoText_Returns400NamingText()
    {
        var worker = await factory.ApiAsync("worker");

        var response = await worker.PostJsonAsync("/api/v1/language/check", new { locale = "en-GB" });

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("Text");
    }

    [Fact]
    public async Task Check_TextTooLong_Returns400NamingText()
    {
        var worker = await factory.ApiAsync("worker");

        var response = await worker.PostJsonAsync("/api/v1/language/check", new { text = new string('a', LanguageEndpoints.MaxTextLength + 1) });

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("Text");
    }

    [Fact]
    public async Task Check_UnknownLocale_Returns400NamingLocale()
    {
        var worker = await factory.ApiAsync("worker");

        var response = await worker.PostJsonAsync("/api/v1/language/check", new { text = "They fight.", locale = "xx-XX" });

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("Locale");
    }

    [Fact]
    public async Task Check_Anonymous_Returns401()
    {
        using var anonymous = factory.CreateClient();

        var response = await anonymous.PostJsonAsync("/api/v1/language/check", new { text = "They fight." });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
