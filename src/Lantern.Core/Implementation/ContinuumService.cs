using Lantern.Core.Audit;
using Lantern.Core.Data;
using Lantern.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Implementation;

/// <summary>
/// The agency's self-assessments on the practice continuum (destructive, neglectful, pre-competent, competent,
/// proficient), one level with its evidence for every area, repeated over time. An assessment is never changed once
/// recorded: the next one shows the movement, and the history is what the agency learns from.
/// </summary>
public sealed class ContinuumService(LanternDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Every self-assessment, oldest first.</summary>
    public async Task<ContinuumHistory> HistoryAsync(CancellationToken cancellationToken = default)
    {
        ImplementationPermissions.EnsureMayRead(db.Scope);
        var assessments = await AssessmentsAsync(int.MaxValue, cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.ImplementationViewed, Detail: $"part=continuum;assessments={assessments.Count}"));
        return new ContinuumHistory(assessments, ImplementationPermissions.MayRecord(db.Scope));
    }

    /// <summary>The latest self-assessment, to start the next one from. Not audited here: the form that asks for it is, through <see cref="AuditFormAsync"/>.</summary>
    public async Task<ContinuumAssessmentView?> LatestAsync(CancellationToken cancellationToken = default)
    {
        ImplementationPermissions.EnsureMayRead(db.Scope);
        return (await AssessmentsAsync(1, cancellationToken)).SingleOrDefault();
    }

    /// <summary>Records that the new self-assessment form was opened with the latest assessment's levels and evidence in it.</summary>
    public Task AuditFormAsync(ContinuumAssessmentView? prefilledFrom, CancellationToken cancellationToken = default) =>
        audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.ImplementationViewed, SubjectId: prefilledFrom?.Id, Detail: "part=continuum-form"));

    public async Task<ContinuumAssessmentView> CreateAsync(ContinuumInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ImplementationPermissions.EnsureMayRecord(db.Scope);
        InputRules.Enforce(input, Problems(input));
        var assessment = new ContinuumAssessment
        {
            AgencyId = db.Scope.AgencyId,
            AssessedOn = input.AssessedOn!.Value,
            Notes = input.Notes?.Trim() ?? "",
            RecordedById = db.Scope.UserId,
            RecordedAt = clock.Now(),
        };
        foreach (var rating in input.Ratings!.OfType<ContinuumRatingInput>().OrderBy(r => r.Area))
        {
            assessment.Ratings.Add(new ContinuumRating
            {
                AssessmentId = assessment.Id,
                Area = rating.Area!.Value,
                Level = rating.Level!.Value,
                Evidence = rating.Evidence?.Trim() ?? "",
            });
        }

        db.ContinuumAssessments.Add(assessment);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.ContinuumAssessed, SubjectId: assessment.Id, Detail: $"areas={assessment.Ratings.Count}"));
        var names = await AgencyStaff.NamesAsync(db, [assessment.RecordedById], cancellationToken);
        return View(assessment, names);
    }

    /// <summary>
    /// The rules beyond the input's annotations: a level for every area, each area once. Errors name the rating's
    /// place in the input ("Ratings[3].Level"); an area missing altogether is an error on "Ratings".
    /// </summary>
    public Dictionary<string, string[]> Problems(ContinuumInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>();
        ImplementationRules.Past(errors, nameof(ContinuumInput.AssessedOn), input.AssessedOn, clock.Today(), "The date of the self-assessment");
        var ratings = input.Ratings ?? [];
        var seen = new HashSet<ContinuumArea>();
        for (var i = 0; i < ratings.Count; i++)
        {
            var key = $"{nameof(ContinuumInput.Ratings)}[{i}].";
            if (ratings[i] is not { } rating)
            {
                continue;
            }

            if (rating.Area is not { } area || !Enum.IsDefined(area))
            {
                errors[key + nameof(ContinuumRatingInput.Area)] = ["Choose one of the listed areas."];
                continue;
            }

            if (!seen.Add(area))
            {
                errors[key + nameof(ContinuumRatingInput.Area)] = ["Rate each area once."];
                continue;
            }

            if (rating.Level is not { } level)
            {
                errors[key + nameof(ContinuumRatingInput.Level)] = [$"Choose a level for “{ContinuumNames.Of(area)}”."];
            }
            else if (!Enum.IsDefined(level))
            {
                errors[key + nameof(ContinuumRatingInput.Level)] = ["Choose one of the listed levels."];
            }

            ImplementationRules.Text(errors, key + nameof(ContinuumRatingInput.Evidence), rating.Evidence, ImplementationLimits.MaxEvidenceLength, "the evidence");
        }

        var missing = Enum.GetValues<ContinuumArea>().Where(a => !seen.Contains(a)).ToList();
        if (missing.Count > 0 && !errors.Keys.Any(k => k.EndsWith(".Area", StringComparison.Ordinal)))
        {
            errors[nameof(ContinuumInput.Ratings)] = [$"Rate every area: {string.Join(", ", missing.Select(a => $"“{ContinuumNames.Of(a)}”"))} {(missing.Count == 1 ? "is" : "are")} missing."];
        }

        return errors;
    }

    /// <summary>The most recent <paramref name="take"/> assessments, oldest first. Not audited: callers audit the page it is on.</summary>
    internal async Task<List<ContinuumAssessmentView>> AssessmentsAsync(int take, CancellationToken cancellationToken)
    {
        var rows = await db.ContinuumAssessments.AsNoTracking().Include(a => a.Ratings)
            .OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.RecordedAt).Take(take)
            .ToListAsync(cancellationToken);
        var names = await AgencyStaff.NamesAsync(db, rows.Select(r => r.RecordedById), cancellationToken);
        return [.. rows.AsEnumerable().Reverse().Select(a => View(a, names))];
    }

    private static ContinuumAssessmentView View(ContinuumAssessment a, Dictionary<Guid, string> names) =>
        new(a.Id, a.AssessedOn, a.Notes, [.. a.Ratings.OrderBy(r => r.Area).Select(r => new ContinuumRatingView(r.Area, r.Level, r.Evidence))],
            names.GetValueOrDefault(a.RecordedById, ""), a.RecordedAt);
}
