using Lantern.Core.Cases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.TestCommon;

/// <summary>Every route the app maps, from its own endpoint data, with route values filled from one family's records.</summary>
public sealed record RouteSample(string Pattern, string Method, string Url, bool AllowsAnonymous, bool HasRecordId, bool IsApi);

public static class RouteSamples
{
    /// <summary>Filled from the Calder family (child welfare agency, Team A).</summary>
    public sealed record FamilyIds(Guid Case, Guid Person, Guid Intake, Guid Relationship, Guid Participant, Guid Note);

    public static Task<FamilyIds> CalderAsync(LanternFactory factory) => FamilyAsync(factory, "Calder");

    /// <summary>The records of a demonstration family, found by the survivor's family name.</summary>
    public static async Task<FamilyIds> FamilyAsync(LanternFactory factory, string familyName)
    {
        var caseId = await factory.CaseOfAsync(familyName);
        var noteId = await NoteOnAsync(factory, caseId);
        return await factory.WithSystemDbAsync(async db => new FamilyIds(
            caseId,
            await db.Participants.Where(p => p.CaseId == caseId && p.Role == ParticipantRole.Perpetrator).Select(p => p.PersonId).FirstAsync(),
            await db.Intakes.Where(i => i.CaseId == caseId).Select(i => i.Id).FirstAsync(),
            await db.Relationships.Where(r => db.Participants.Any(p => p.CaseId == caseId && p.PersonId == r.PersonId)).Select(r => r.Id).FirstAsync(),
            await db.Participants.Where(p => p.CaseId == caseId).Select(p => p.Id).FirstAsync(),
            noteId));
    }

    /// <summary>The demonstration data has no case notes: the first call writes an unsigned one on the case, so that note routes are swept too.</summary>
    private static Task<Guid> NoteOnAsync(LanternFactory factory, Guid caseId) => factory.WithSystemDbAsync(async db =>
    {
        if (await db.CaseNotes.Where(n => n.CaseId == caseId).OrderBy(n => n.CreatedAt).Select(n => (Guid?)n.Id).FirstOrDefaultAsync() is { } existing)
        {
            return existing;
        }

        var userId = await db.Users.Where(u => u.UserName == "worker").Select(u => u.Id).SingleAsync();
        var note = new Lantern.Core.Notes.CaseNote
        {
            CaseId = caseId,
            Kind = Lantern.Core.Notes.NoteKind.HomeVisit,
            WithWhom = "Morag Calder",
            OccurredOn = new DateOnly(2026, 11, 2),
            Text = "Home visit. Ms Calder said Mr Calder took her car keys. She was pushed against the wall last week.",
            AuthorId = userId,
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        db.CaseNotes.Add(note);
        await db.SaveChangesAsync();
        return note.Id;
    });

    public static IReadOnlyList<RouteSample> All(LanternFactory factory, FamilyIds ids)
    {
        var sources = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        var samples = new List<RouteSample>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern;
            var raw = "/" + (pattern.RawText ?? "").TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods
                ?? (raw.StartsWith("/api", StringComparison.OrdinalIgnoreCase) ? ["GET"] : ["GET", "POST"]);
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var url = raw;
            var hasId = false;
            var segments = pattern.PathSegments.ToList();
            for (var i = 0; i < segments.Count; i++)
            {
                foreach (var part in segments[i].Parts.OfType<Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart>())
                {
                    var before = i > 0 ? string.Concat(segments[i - 1].Parts.OfType<Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart>().Select(l => l.Content)) : "";
                    var value = part.Name.Equals("documentName", StringComparison.OrdinalIgnoreCase) ? "v1" : ValueFor(part.Name, before, ids)?.ToString();
                    hasId |= value is not null && value != "v1";
                    var token = url[url.IndexOf('{', StringComparison.Ordinal)..(url.IndexOf('}', StringComparison.Ordinal) + 1)];
                    url = url.Replace(token, value ?? "", StringComparison.Ordinal);
                }
            }

            url = url.Replace("//", "/", StringComparison.Ordinal).TrimEnd('/');
            if (url.Length == 0)
            {
                url = "/";
            }

            foreach (var method in methods)
            {
                samples.Add(new RouteSample(raw, method, url, anonymous, hasId, raw.StartsWith("/api", StringComparison.OrdinalIgnoreCase)));
            }
        }

        return samples.DistinctBy(s => (s.Method, s.Url)).ToList();
    }

    private static Guid? ValueFor(string parameter, string literalBefore, FamilyIds ids)
    {
        var name = parameter.ToUpperInvariant();
        var before = literalBefore.ToUpperInvariant();
        if (name is "HANDLER")
        {
            return null;
        }

        return name switch
        {
            "CASEID" => ids.Case,
            "PERSONID" => ids.Person,
            "PARTICIPANTID" => ids.Participant,
            "INTAKEID" => ids.Intake,
            "RELATIONSHIPID" => ids.Relationship,
            "NOTEID" => ids.Note,
            _ => before switch
            {
                "PEOPLE" => ids.Person,
                "INTAKES" => ids.Intake,
                "RELATIONSHIPS" => ids.Relationship,
                "PARTICIPANTS" => ids.Participant,
                "NOTES" => ids.Note,
                _ => ids.Case,
            },
        };
    }
}
