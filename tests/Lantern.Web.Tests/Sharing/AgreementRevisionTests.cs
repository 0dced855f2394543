using System.Globalization;
using System.Net;
using System.Text.Json;
using Lantern.Core.Audit;
using Lantern.Core.Sharing;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Web.Tests.Sharing;

/// <summary>
/// Changing an approved agreement's terms makes a new revision with its reason: giving an agency less bites on its next
/// request; giving it more returns the agreement to draft (sharing pauses) until it is approved again. Its own fixture:
/// these change the demonstration agreement.
/// </summary>
public sealed class AgreementRevisionTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private const string Title = "Northgate family safety information sharing";

    /// <summary>The edit form's fields for the demonstration agreement as it stands, with the police's categories changed.</summary>
    private async Task<Dictionary<string, string>> FormAsync(Func<InformationCategory, InformationCategory> police, string? reason = "The police need less.", uint? version = null)
    {
        var (agreement, agencies, policeId) = await factory.WithSystemDbAsync(async db =>
        {
            var a = await db.SharingAgreements.AsNoTracking().Include(x => x.Parties).SingleAsync(x => x.Title == Title);
            var all = await db.Agencies.AsNoTracking().OrderBy(x => x.Name).Select(x => x.Id).ToListAsync();
            var p = await db.Agencies.Where(x => x.Name == "Northgate Police").Select(x => x.Id).SingleAsync();
            return (a, all, p);
        });
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = agreement.Title,
            ["Input.Purpose"] = agreement.Purpose,
            ["Input.LegalBasis"] = agreement.LegalBasis,
            ["Input.StartsOn.Day"] = agreement.StartsOn.Day.ToString(CultureInfo.InvariantCulture),
            ["Input.StartsOn.Month"] = agreement.StartsOn.Month.ToString(CultureInfo.InvariantCulture),
            ["Input.StartsOn.Year"] = agreement.StartsOn.Year.ToString(CultureInfo.InvariantCulture),
            ["Input.Version"] = (version ?? agreement.Version).ToString(CultureInfo.InvariantCulture),
        };
        if (agreement.EndsOn is { } ends)
        {
            fields["Input.EndsOn.Day"] = ends.Day.ToString(CultureInfo.InvariantCulture);
            fields["Input.EndsOn.Month"] = ends.Month.ToString(CultureInfo.InvariantCulture);
            fields["Input.EndsOn.Year"] = ends.Year.ToString(CultureInfo.InvariantCulture);
        }

        if (reason is not null)
        {
            fields["Input.Reason"] = reason;
        }

        for (var i = 0; i < agencies.Count; i++)
        {
            fields[$"Input.Parties[{i}].AgencyId"] = agencies[i].ToString();
            if (agreement.Parties.FirstOrDefault(p => p.AgencyId == agencies[i]) is not { } party)
            {
                continue;
            }

            var categories = agencies[i] == policeId ? police(party.Categories) : party.Categories;
            fields[$"Input.Parties[{i}].Included"] = "true";
            fields[$"Input.Parties[{i}].ConsentRequired"] = party.ConsentRequired ? "true" : "false";
            var c = 0;
            foreach (var flag in Enum.GetValues<InformationCategory>().Where(f => f != InformationCategory.None && (categories & f) == f))
            {
                fields[$"Input.Parties[{i}].Categories[{c++}]"] = flag.ToString();
            }
        }

        return fields;
    }

    private async Task<HttpResponseMessage> ReviseAsync(Dictionary<string, string> fields)
    {
        var admin = await factory.SignedInAsync("admin");
        var id = await factory.WithSystemDbAsync(db => db.SharingAgreements.Where(a => a.Title == Title).Select(a => a.Id).SingleAsync());
        return await admin.PostFormAsync($"/Admin/Agreements/{id}/Edit", fields, $"/Admin/Agreements/{id}/Edit");
    }

    private async Task<JsonElement?> OfficersMapAsync(Guid caseId)
    {
        var response = await (await factory.ApiAsync("officer")).GetAsync($"/api/v1/cases/{caseId}/map");
        return response.StatusCode == HttpStatusCode.OK ? await response.ReadAsync<JsonElement>() : null;
    }

    private static int Count(JsonElement? map, string component) => map?.GetProperty(component).GetProperty("entries").GetArrayLength() ?? -1;

    [Fact]
    public async Task Revise_GivesThePoliceLess_TakesEffectAtOnceAndKeepsTheAgreementApproved()
    {
        var caseId = await factory.CaseOfAsync("Calder");
        var before = await OfficersMapAsync(caseId);
        var (revisionBefore, auditedBefore) = await factory.WithSystemDbAsync(async db =>
            (await db.SharingAgreements.Where(a => a.Title == Title).Select(a => a.Revision).SingleAsync(), await db.AuditEvents.CountAsync(e => e.Action == AuditAction.AgreementRevised)));

        var revised = await ReviseAsync(await FormAsync(c => c & ~InformationCategory.HarmToChild, "The police asked only for his pattern."));
        var after = await OfficersMapAsync(caseId);
        var (status, revision, history) = await factory.WithSystemDbAsync(async db =>
        {
            var a = await db.SharingAgreements.SingleAsync(x => x.Title == Title);
            return (a.Status, a.Revision, await db.AgreementRevisions.Where(r => r.AgreementId == a.Id).OrderBy(r => r.Revision).Select(r => r.Reason).ToListAsync());
        });
        var audited = await factory.WithSystemDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditAction.AgreementRevised));
        var page = await (await factory.SignedInAsync("admin")).GetStringAsync(new Uri("/Admin/Agreements", UriKind.Relative));

        Assert.True(Count(before, "harmToChild") > 0);
        Assert.Equal(HttpStatusCode.Redirect, revised.StatusCode);
        Assert.Equal(AgreementStatus.Active, status);
        Assert.Equal(0, Count(after, "harmToChild"));
        Assert.Equal(Count(before, "coerciveControl"), Count(after, "coerciveControl"));
        Assert.Equal(revisionBefore + 1, revision);
        Assert.Equal("The police asked only for his pattern.", history[^1]);
        Assert.True(history.Count >= 2, "the terms before the change are kept as a revision too");
        Assert.Equal(auditedBefore + 1, audited);
        Assert.Contains($"Revision {revision}", page, StringComparison.Ordinal);

        // Put the demonstration terms back (more than now: it needs approving again).
        await ReviseAsync(await FormAsync(c => c | InformationCategory.HarmToChild, "Restored."));
        await ApproveAsync();
    }

    private async Task ApproveAsync()
    {
        var admin = await factory.SignedInAsync("admin");
        var id = await factory.WithSystemDbAsync(db => db.SharingAgreements.Where(a => a.Title == Title).Select(a => a.Id).SingleAsync());
        var approved = await admin.PostFormAsync("/Admin/Agreements?handler=Status", new() { ["id"] = id.ToString(), ["status"] = "Active" }, "/Admin/Agreements");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
    }

    [Fact]
    public async Task Revise_GivesThePoliceMore_PausesSharingUntilApprovedAgain()
    {
        var caseId = await factory.CaseOfAsync("Calder");

        var revised = await ReviseAsync(await FormAsync(c => c | InformationCategory.ChildImpact, "The police will attend the school meetings."));
        var whileDraft = await (await factory.ApiAsync("officer")).GetAsync($"/api/v1/cases/{caseId}");
        var status = await factory.WithSystemDbAsync(db => db.SharingAgreements.Where(a => a.Title == Title).Select(a => a.Status).SingleAsync());
        await ApproveAsync();
        var afterApproval = await OfficersMapAsync(caseId);
        var approvedRevision = await factory.WithSystemDbAsync(db => db.AgreementRevisions
            .Where(r => db.SharingAgreements.Any(a => a.Id == r.AgreementId && a.Title == Title && a.Revision == r.Revision)).Select(r => r.ApprovedAt).SingleAsync());

        Assert.Equal(HttpStatusCode.Redirect, revised.StatusCode);
        Assert.Equal(AgreementStatus.Active, await factory.WithSystemDbAsync(db => db.SharingAgreements.Where(a => a.Title == Title).Select(a => a.Status).SingleAsync()));
        Assert.Equal(AgreementStatus.Draft, status);
        Assert.Equal(HttpStatusCode.NotFound, whileDraft.StatusCode);
        Assert.True(Count(afterApproval, "childImpact") > 0);
        Assert.NotNull(approvedRevision);

        await ReviseAsync(await FormAsync(c => c & ~InformationCategory.ChildImpact, "Restored."));
    }

    [Fact]
    public async Task Revise_StaleVersionOrNoReason_SaysSoAndChangesNothing()
    {
        var current = await factory.WithSystemDbAsync(db => db.SharingAgreements.Where(a => a.Title == Title).Select(a => new { a.Revision, a.Version }).SingleAsync());

        var noReason = await ReviseAsync(await FormAsync(c => c & ~InformationCategory.Intakes, reason: null));
        var stale = await ReviseAsync(await FormAsync(c => c & ~InformationCategory.Intakes, version: current.Version + 7));
        var after = await factory.WithSystemDbAsync(db => db.SharingAgreements.Where(a => a.Title == Title).Select(a => a.Revision).SingleAsync());

        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Say what changed and why.", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("changed by someone else", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(current.Revision, after);
    }
}
