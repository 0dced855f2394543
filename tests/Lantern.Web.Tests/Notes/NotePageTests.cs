using System.Net;
using System.Text.RegularExpressions;
using Lantern.Core.Audit;
using Lantern.Core.Notes;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Web.Tests.Notes;

public sealed partial class NotePageTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    [GeneratedRegex("name=\"rewrite\" value=\"([^\"]*)\"")]
    private static partial Regex RewriteButton();

    [GeneratedRegex("name=\"dismiss\" value=\"([^\"]*)\"")]
    private static partial Regex DismissButton();

    private static Dictionary<string, string> Fields(string text) => new()
    {
        ["Input.Kind"] = nameof(NoteKind.HomeVisit),
        ["Input.WithWhom"] = "Morag Calder",
        ["Input.OccurredOn.Day"] = "19",
        ["Input.OccurredOn.Month"] = "11",
        ["Input.OccurredOn.Year"] = "2026",
        ["Input.Text"] = text,
    };

    private async Task<(HttpClient Client, Guid CaseId, Guid NoteId)> SavedNoteAsync(string text)
    {
        var worker = await factory.SignedInAsync("worker");
        var caseId = await factory.CaseOfAsync("Calder");
        var response = await worker.PostFormAsync($"/Cases/{caseId}/Notes/New", Fields(text));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var noteId = Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        return (worker, caseId, noteId);
    }

    [Fact]
    public async Task TeamCheck_Supervisor_SeesTheTeamsBlamingLanguageWithItsCase()
    {
        var (_, caseId, noteId) = await SavedNoteAsync("Ms Calder failed to protect the children from his drinking.");
        var supervisor = await factory.SignedInAsync("supervisor");
        var reference = await factory.WithSystemDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync());

        var response = await supervisor.GetAsync(new Uri("/Notes/Team", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"href=\"/Notes/{noteId}\"", html, StringComparison.Ordinal);
        Assert.Contains(reference, html, StringComparison.Ordinal);
        Assert.Contains("failed to protect", html, StringComparison.Ordinal);
        Assert.True(await factory.WithSystemDbAsync(db => db.AuditEvents.AnyAsync(e => e.CaseId == caseId && e.Action == AuditAction.NotesChecked)));
    }

    [Theory]
    [InlineData("worker")]
    [InlineData("colleague")]
    public async Task TeamCheck_Practitioner_IsRefused(string userName)
    {
        var practitioner = await factory.SignedInAsync(userName);

        var response = await practitioner.GetAsync(new Uri("/Notes/Team", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewNote_TextAreaIsCheckedAsTheWorkerTypes()
    {
        var worker = await factory.SignedInAsync("worker");
        var caseId = await factory.CaseOfAsync("Calder");

        var html = await worker.GetStringAsync(new Uri($"/Cases/{caseId}/Notes/New", UriKind.Relative));

        Assert.Contains($"hx-post=\"/Cases/{caseId}/Notes/New?handler=Check\"", html, StringComparison.Ordinal);
        Assert.Contains("hx-trigger=\"keyup changed delay:600ms\"", html, StringComparison.Ordinal);
        Assert.Contains("hx-include=\"closest form\"", html, StringComparison.Ordinal);

        // htmx sends the form's own fields: the antiforgery token must be inside this form, not only in the layout's.
        Assert.Matches($"(?s)<form method=\"post\" action=\"/Cases/{caseId}/Notes/New\"(?:(?!</form>).)*__RequestVerificationToken", html);
    }

    [Fact]
    public async Task Check_FromHtmx_ReturnsOnlyTheFindingsWithCategoryInWordsAndRewrites()
    {
        var worker = await factory.SignedInAsync("worker");
        var caseId = await factory.CaseOfAsync("Calder");
        var token = await worker.AntiforgeryTokenAsync($"/Cases/{caseId}/Notes/New");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/Cases/{caseId}/Notes/New?handler=Check", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(Fields("She was pushed against the wall.")) { ["__RequestVerificationToken"] = token }),
        };
        request.Headers.Add("HX-Request", "true");

        var response = await worker.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
        Assert.Contains("Hides the perpetrator", html, StringComparison.Ordinal);
        Assert.Contains("Gavin Calder", html, StringComparison.Ordinal);
        Assert.Contains("Use this rewrite", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WithoutJavaScript_ReturnsTheWholeFormWithFindings()
    {
        var worker = await factory.SignedInAsync("worker");
        var caseId = await factory.CaseOfAsync("Calder");

        var response = await worker.PostFormAsync($"/Cases/{caseId}/Notes/New?handler=Check", Fields("She failed to protect the children."), $"/Cases/{caseId}/Notes/New");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>", html, StringComparison.Ordinal);
        Assert.Contains("Blames the survivor", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UseThisRewrite_ReplacesThePhraseInTheFormWithoutSaving()
    {
        var worker = await factory.SignedInAsync("worker");
        var caseId = await factory.CaseOfAsync("Calder");
        var page = $"/Cases/{caseId}/Notes/New";
        var text = "Home visit. She was pushed against the wall.";
        var checkedHtml = await (await worker.PostFormAsync($"{page}?handler=Check", Fields(text), page)).Content.ReadAsStringAsync();
        var rewrite = WebUtility.HtmlDecode(RewriteButton().Match(checkedHtml).Groups[1].Value);

        var response = await worker.PostFormAsync($"{page}?handler=Rewrite", new Dictionary<string, string>(Fields(text)) { ["rewrite"] = rewrite }, page);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("Home visit\\. Gavin Calder pushed Morag Calder", WebUtility.HtmlDecode(html));
    }

    [Fact]
    public async Task SignedNote_CannotBeChanged_ButTakesAnAddendum()
    {
        var (worker, _, noteId) = await SavedNoteAsync("Home visit. Ms Calder described his threats.");
        var details = await worker.GetStringAsync(new Uri($"/Notes/{noteId}", UriKind.Relative));
        Assert.Matches($"(?s)<form method=\"post\" action=\"/Notes/{noteId}\\?handler=Sign\"(?:(?!</form>).)*__RequestVerificationToken", details);
        var version = Regex.Match(details, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;

        var sign = await worker.PostFormAsync($"/Notes/{noteId}?handler=Sign", new() { ["version"] = version }, $"/Notes/{noteId}");
        var edit = await worker.GetAsync(new Uri($"/Notes/{noteId}/Edit", UriKind.Relative));
        var change = await worker.PostFormAsync($"/Notes/{noteId}/Edit", new Dictionary<string, string>(Fields("Rewritten after signing.")) { ["Input.Version"] = version },
            $"/Notes/{noteId}");
        var addendum = await worker.PostFormAsync($"/Notes/{noteId}?handler=Addendum", new() { ["Addendum.Text"] = "He phoned the school that afternoon." });

        Assert.Equal(HttpStatusCode.Redirect, sign.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, addendum.StatusCode);
        var after = await worker.GetStringAsync(new Uri($"/Notes/{noteId}", UriKind.Relative));
        Assert.Contains("Ms Calder described his threats.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Rewritten after signing.", after, StringComparison.Ordinal);
        Assert.Contains("He phoned the school that afternoon.", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dismiss_NeedsAReason_AndIsAudited()
    {
        var text = "She failed to protect the children.";
        var (worker, caseId, noteId) = await SavedNoteAsync(text);
        var page = $"/Notes/{noteId}/Edit";
        var editHtml = await worker.GetStringAsync(new Uri(page, UriKind.Relative));
        var dismiss = WebUtility.HtmlDecode(DismissButton().Match(editHtml).Groups[1].Value);
        var version = Regex.Match(editHtml, "name=\"Input.Version\" value=\"(\\d+)\"").Groups[1].Value;
        var fields = new Dictionary<string, string>(Fields(text)) { ["Input.Version"] = version, ["dismiss"] = dismiss };

        var refused = await worker.PostFormAsync($"{page}?handler=Dismiss", new Dictionary<string, string>(fields) { ["Reasons[0]"] = "" }, page);
        var mark = await factory.AuditMarkAsync();
        var accepted = await worker.PostFormAsync($"{page}?handler=Dismiss",
            new Dictionary<string, string>(fields) { ["Reasons[0]"] = "Quoting the previous agency's report." }, page);

        Assert.Contains("Give a reason", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var rows = await factory.AuditSinceAsync(mark);
        Assert.Contains(rows, e => e.Action == AuditAction.LanguageFindingDismissed && e.CaseId == caseId && e.SubjectId == noteId);
        var reason = await factory.WithSystemDbAsync(db => db.LanguageDismissals.Where(d => d.NoteId == noteId).Select(d => d.Reason).SingleAsync());
        Assert.Equal("Quoting the previous agency's report.", reason);
        var check = await worker.GetStringAsync(new Uri($"/Cases/{caseId}/Notes/Check", UriKind.Relative));
        Assert.Contains($"/Notes/{noteId}", check, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotesList_AndCasePage_LinkTheNotes()
    {
        var (worker, caseId, noteId) = await SavedNoteAsync("Office visit with Ms Calder.");

        var casePage = await worker.GetStringAsync(new Uri($"/Cases/{caseId}", UriKind.Relative));
        var list = await worker.GetStringAsync(new Uri($"/Cases/{caseId}/Notes", UriKind.Relative));

        Assert.Contains($"href=\"/Cases/{caseId}/Notes\"", casePage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Notes/{noteId}\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BatchCheck_ListsFindingsPerNote()
    {
        var (worker, caseId, noteId) = await SavedNoteAsync("They have a volatile relationship.");

        var html = await worker.GetStringAsync(new Uri($"/Cases/{caseId}/Notes/Check", UriKind.Relative));

        Assert.Contains($"/Notes/{noteId}", html, StringComparison.Ordinal);
        Assert.Contains("Makes the abuse mutual", html, StringComparison.Ordinal);
    }
}
