using System.Net;
using System.Text.Json;
using Lantern.Core.Audit;
using Lantern.Core.Implementation;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Web.Tests.Implementation;

/// <summary>
/// Who may open the implementation records (supervisors, managers and reviewers of the agency; not practitioners,
/// partners or administrators), another agency's records never showing, and the overview as the demonstration
/// agency's manager sees it.
/// </summary>
public sealed class ImplementationAccessTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private static readonly string[] Pages =
    [
        "/Implementation", "/Implementation/Training", "/Implementation/Training/New", "/Implementation/Champions", "/Implementation/Champions/New",
        "/Implementation/PracticeMeetings", "/Implementation/PracticeMeetings/New", "/Implementation/Presentations", "/Implementation/Presentations/New",
        "/Implementation/Continuum", "/Implementation/Continuum/New",
    ];

    private static readonly string[] Reads =
    [
        "/api/v1/implementation", "/api/v1/implementation/training", "/api/v1/implementation/staff", "/api/v1/implementation/champions",
        "/api/v1/implementation/practice-meetings", "/api/v1/implementation/presentations", "/api/v1/implementation/continuum",
    ];

    private const string Canary = "CANARY-OTHER-AGENCY-IMPLEMENTATION";

    [Theory]
    [InlineData("worker")]
    [InlineData("colleague")]
    [InlineData("advocate")]
    [InlineData("officer")]
    [InlineData("admin")]
    public async Task EveryPageAndEndpoint_RoleOutsidePracticeQuality_IsRefused(string userName)
    {
        var pages = await factory.SignedInAsync(userName);
        var api = await factory.ApiAsync(userName);
        var meeting = await factory.WithSystemDbAsync(db => db.PracticeMeetings.Select(m => m.Id).FirstAsync());
        var failures = new List<string>();

        foreach (var url in Pages.Append($"/Implementation/PracticeMeetings/{meeting}").Append($"/Implementation/PracticeMeetings/{meeting}/Edit"))
        {
            var response = await pages.GetAsync(new Uri(url, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.Redirect || !response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal))
            {
                failures.Add($"GET {url} answered {(int)response.StatusCode}");
            }
        }

        foreach (var url in Reads.Append($"/api/v1/implementation/practice-meetings/{meeting}"))
        {
            var response = await api.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"GET {url} answered {(int)response.StatusCode}");
            }
        }

        var post = await api.PostJsonAsync("/api/v1/implementation/practice-meetings", ImplementationSupport.MeetingBody("Not allowed."));
        if (post.StatusCode != HttpStatusCode.Forbidden)
        {
            failures.Add($"POST practice meeting answered {(int)post.StatusCode}");
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task AnotherAgencysRecords_AreNeverShown_AndItsMeetingIsNotFound()
    {
        var (meetingId, championId) = await SeedOtherAgencyAsync();
        var api = await factory.ApiAsync("manager");
        var pages = await factory.SignedInAsync("manager");
        var failures = new List<string>();

        foreach (var url in Reads)
        {
            var body = await (await api.GetAsync(url)).Content.ReadAsStringAsync();
            if (body.Contains(Canary, StringComparison.Ordinal) || body.Contains(meetingId.ToString(), StringComparison.Ordinal))
            {
                failures.Add(url);
            }
        }

        foreach (var url in Pages.Where(p => !p.EndsWith("/New", StringComparison.Ordinal)))
        {
            if ((await pages.GetStringAsync(new Uri(url, UriKind.Relative))).Contains(Canary, StringComparison.Ordinal))
            {
                failures.Add(url);
            }
        }

        var meeting = await api.GetAsync($"/api/v1/implementation/practice-meetings/{meetingId}");
        var meetingPage = await pages.GetAsync(new Uri($"/Implementation/PracticeMeetings/{meetingId}", UriKind.Relative));
        var edit = MeetingBodyWithVersion();
        var change = await api.PutJsonAsync($"/api/v1/implementation/practice-meetings/{meetingId}", edit);
        var end = await api.PostJsonAsync($"/api/v1/implementation/champions/{championId}/end", new Dictionary<string, object?> { ["until"] = ApiSupport.Today });
        var endPage = await pages.GetAsync(new Uri($"/Implementation/Champions/{championId}/End", UriKind.Relative));

        Assert.True(failures.Count == 0, "Another agency's records shown on: " + string.Join(", ", failures));
        Assert.Equal(HttpStatusCode.NotFound, meeting.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, meetingPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, end.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, endPage.StatusCode);
        Assert.Equal(Canary, await factory.WithSystemDbAsync(db => db.PracticeMeetings.Where(m => m.Id == meetingId).Select(m => m.Learning).SingleAsync()));
    }

    [Fact]
    public async Task Overview_AsTheManager_SummarisesTheDemonstrationAgency_AndIsAudited()
    {
        var pages = await factory.SignedInAsync("manager");
        var managerId = await factory.UserIdAsync("manager");
        var mark = await factory.AuditMarkAsync();

        var html = await pages.GetStringAsync(new Uri("/Implementation", UriKind.Relative));
        var api = await (await (await factory.ApiAsync("manager")).GetAsync("/api/v1/implementation")).ReadAsync<JsonElement>();
        var audit = await factory.AuditSinceAsync(mark);

        Assert.Contains("<strong>2 of 3</strong> practitioners and supervisors (67%) have attended core practice training.", html, StringComparison.Ordinal);
        Assert.Contains("Not yet: Grace Mensah.", html, StringComparison.Ordinal);
        Assert.Contains("Tom Whitfield, since", html, StringComparison.Ordinal);
        Assert.Contains("Northgate Police, Public Protection Unit", html, StringComparison.Ordinal);
        Assert.Contains("2 presentations in the last 12 months", html, StringComparison.Ordinal);
        Assert.Contains("Up one level from Pre-competent", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Implementation/Continuum/New\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Implementation/Training/New\"", html, StringComparison.Ordinal);
        Assert.Equal(3, api.GetProperty("recentMeetings").GetArrayLength());
        Assert.Equal(9, api.GetProperty("changes").GetArrayLength());
        Assert.Equal(5, api.GetProperty("changes").EnumerateArray().Count(c => c.GetProperty("level").GetString() == "Competent"));
        Assert.Contains(audit, e => e.Action == AuditAction.ImplementationViewed && e.UserId == managerId && e.Detail == "part=overview" && e.CaseId == null);
    }

    [Fact]
    public async Task Overview_AsTheSupervisor_OffersOnlyThePracticeMeeting()
    {
        var pages = await factory.SignedInAsync("supervisor");

        var html = await pages.GetStringAsync(new Uri("/Implementation", UriKind.Relative));

        Assert.Contains("href=\"/Implementation/PracticeMeetings/New\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Implementation/Training/New\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Implementation/Continuum/New\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Implementation/Champions/New\"", html, StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> MeetingBodyWithVersion()
    {
        var body = ImplementationSupport.MeetingBody("Changed from the wrong agency.");
        body["version"] = 0u;
        return body;
    }

    /// <summary>One of each record for the domestic abuse service, as if it used Lantern's implementation tracking too.</summary>
    private Task<(Guid Meeting, Guid Champion)> SeedOtherAgencyAsync() => factory.WithSystemDbAsync(async db =>
    {
        var agency = await db.Agencies.Where(a => a.Name == "Harbour Domestic Abuse Service").Select(a => a.Id).SingleAsync();
        var advocate = await db.Users.Where(u => u.UserName == "advocate").Select(u => u.Id).SingleAsync();
        var now = DateTimeOffset.UtcNow;
        var today = ApiSupport.Today;
        var meeting = new PracticeMeeting { AgencyId = agency, HeldOn = today, Attendees = Canary, Learning = Canary, RecordedById = advocate, RecordedAt = now };
        var champion = new PracticeChampion { AgencyId = agency, UserId = advocate, Since = today };
        var assessment = new ContinuumAssessment { AgencyId = agency, AssessedOn = today, Notes = Canary, RecordedById = advocate, RecordedAt = now };
        assessment.Ratings.Add(new ContinuumRating { AssessmentId = assessment.Id, Area = ContinuumArea.Policy, Level = ContinuumLevel.Proficient, Evidence = Canary });
        db.PracticeMeetings.Add(meeting);
        db.PracticeChampions.Add(champion);
        db.ContinuumAssessments.Add(assessment);
        db.TrainingRecords.Add(new TrainingRecord
        {
            AgencyId = agency,
            UserId = advocate,
            AttendeeName = Canary,
            Course = TrainingCourse.CorePractice,
            AttendedOn = today,
            RecordedById = advocate,
            RecordedAt = now,
        });
        db.Presentations.Add(new Presentation
        {
            AgencyId = agency,
            GivenOn = today,
            AudienceKind = PresentationAudience.PartnerAgency,
            Audience = Canary,
            Topic = Canary,
            Presenter = Canary,
            RecordedById = advocate,
            RecordedAt = now,
        });
        await db.SaveChangesAsync();
        return (meeting.Id, champion.Id);
    });
}
