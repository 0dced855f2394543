using Lantern.Core.Audit;
using Lantern.Core.Data;

namespace Lantern.Core.Implementation;

/// <summary>
/// The agency's implementation of the model at a glance: training coverage, current champions, the last practice
/// meetings, this year's presentations and where the latest self-assessment moved. One audited read.
/// </summary>
public sealed class ImplementationOverviewService(
    LanternDbContext db,
    AuditTrail audit,
    TimeProvider clock,
    TrainingService training,
    ChampionService champions,
    PracticeMeetingService meetings,
    PresentationService presentations,
    ContinuumService continuum)
{
    public const int RecentMeetings = 3;

    public async Task<ImplementationOverview> GetAsync(CancellationToken cancellationToken = default)
    {
        ImplementationPermissions.EnsureMayRead(db.Scope);
        var today = clock.Today();
        var coverage = await training.CoverageAsync(cancellationToken);
        var current = (await champions.AllAsync(cancellationToken)).Where(c => ChampionService.IsCurrent(c, today)).ToList();
        var recent = await meetings.SummariesAsync(RecentMeetings, cancellationToken);
        var lastYear = await presentations.SinceAsync(today.AddYears(-1), cancellationToken);
        var history = new ContinuumHistory(await continuum.AssessmentsAsync(2, cancellationToken), false);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.ImplementationViewed, Detail: "part=overview"));
        return new ImplementationOverview(coverage, current, recent, lastYear, history.Latest, history.Previous?.AssessedOn, history.Changes,
            ImplementationPermissions.MayRecord(db.Scope), ImplementationPermissions.MayRecordPracticeMeetings(db.Scope));
    }
}
