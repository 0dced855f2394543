using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.Intakes;
using Lantern.Core.Map;
using Lantern.Practice.Mapping;
using Lantern.Practice.Review;
using Lantern.Practice.Screening;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Dashboards;

/// <summary>
/// Keeps a case's share of the dashboard's figures in step with its records after each change: its map gaps, its
/// <see cref="DashboardCase"/> row, its <see cref="DashboardCaseDay"/> rows, and its team's <see cref="DashboardTeamDay"/>
/// tallies (what the case added before is taken away and what it adds now is added, as increments the database applies,
/// so that changes to other cases of the team at the same moment are not lost). The case is read whole, past the
/// caller's filters: the rows are derived counts, shown only as totals to the owning agency.
/// </summary>
public static class CaseFiguresOnRecord
{
    private const int RebuildBatch = 2000;

    public static async Task RefreshAsync(LanternDbContext db, Guid caseId, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);

        // Lock the case's kept row first, so that two changes to one case at the same moment are counted one after the other.
        await db.DashboardCases.IgnoreQueryFilters().Where(c => c.CaseId == caseId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.IsOpen, c => c.IsOpen), cancellationToken);

        var entity = await db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => c.Id == caseId && !c.IsDeleted)
            .Select(c => new CaseRow(c.Id, c.OwningAgencyId, c.TeamId, c.Status, c.OpenedOn, c.ClosedOn)).SingleOrDefaultAsync(cancellationToken);

        // The gaps: what the case's gaps added to its team's counts while it was open is taken away, and what they add now.
        var snapshot = await MapGapsOnRecord.SnapshotAsync(db, caseId, cancellationToken);
        var keptGaps = await db.CaseMapGaps.IgnoreQueryFilters().AsNoTracking().Where(g => g.CaseId == caseId && g.CaseOpen)
            .Select(g => new { g.AgencyId, g.TeamId, g.RuleId, g.Component }).ToListAsync(cancellationToken);
        var gapDeltas = new Dictionary<TeamGapKey, int>();
        foreach (var gap in keptGaps.Distinct())
        {
            AccumulateGap(gapDeltas, gap.AgencyId, gap.TeamId, gap.RuleId, gap.Component, -1);
        }

        await db.CaseMapGaps.IgnoreQueryFilters().Where(g => g.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
        if (entity is not null)
        {
            var open = entity.Status == CaseStatus.Open;
            var gaps = MapGapRules.Find(snapshot, today);
            db.CaseMapGaps.AddRange(gaps.Select(g => new CaseMapGap
            {
                CaseId = caseId,
                RuleId = g.RuleId,
                Component = g.Component,
                RecordedAt = now,
                AgencyId = entity.AgencyId,
                TeamId = entity.TeamId,
                CaseOpen = open,
            }));
            foreach (var kind in open ? gaps.Select(g => (g.RuleId, g.Component)).Distinct() : [])
            {
                AccumulateGap(gapDeltas, entity.AgencyId, entity.TeamId, kind.RuleId, kind.Component, +1);
            }
        }

        foreach (var (key, change) in gapDeltas.Where(d => d.Value != 0))
        {
            await AddToTeamGapAsync(db, key, change, cancellationToken);
        }

        var records = entity is null ? CaseRecords.None : await CaseRecords.LoadAsync(db, caseId, cancellationToken);
        var kept = await db.DashboardCases.IgnoreQueryFilters().SingleOrDefaultAsync(c => c.CaseId == caseId, cancellationToken);
        var keptDays = await db.DashboardCaseDays.IgnoreQueryFilters().Where(d => d.CaseId == caseId).ToListAsync(cancellationToken);
        var freshDays = entity is null ? [] : records.DaysOf(entity);

        var deltas = new Dictionary<TeamDayKey, DashboardTeamDay>();
        foreach (var day in keptDays)
        {
            Accumulate(deltas, day.AgencyId, day.TeamId, day, -1);
        }

        foreach (var day in freshDays)
        {
            Accumulate(deltas, day.AgencyId, day.TeamId, day, +1);
        }

        foreach (var delta in deltas.Values.Where(d => !d.IsZero))
        {
            await AddToTeamDayAsync(db, delta, cancellationToken);
        }

        var fresh = freshDays.ToDictionary(d => d.Day);
        foreach (var day in keptDays)
        {
            if (fresh.Remove(day.Day, out var now1))
            {
                db.Entry(day).CurrentValues.SetValues(now1);
            }
            else
            {
                db.DashboardCaseDays.Remove(day);
            }
        }

        db.DashboardCaseDays.AddRange(fresh.Values);
        if (entity is null)
        {
            if (kept is not null)
            {
                db.DashboardCases.Remove(kept);
            }
        }
        else if (kept is null)
        {
            db.DashboardCases.Add(records.CaseOf(entity));
        }
        else
        {
            db.Entry(kept).CurrentValues.SetValues(records.CaseOf(entity));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Works every case's figures out afresh (after a bulk load, or to mend them): runs as the system, in batches of
    /// cases, and replaces the kept rows and tallies whole in one transaction, so that a run cut short leaves none.
    /// </summary>
    public static async Task RebuildAsync(LanternDbContext db, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);
        await db.DashboardTeamDays.IgnoreQueryFilters().ExecuteDeleteAsync(cancellationToken);
        await db.DashboardCaseDays.IgnoreQueryFilters().ExecuteDeleteAsync(cancellationToken);
        await db.DashboardCases.IgnoreQueryFilters().ExecuteDeleteAsync(cancellationToken);
        var tallies = new Dictionary<TeamDayKey, DashboardTeamDay>();

        // Every table is read once, whole (an IN list of a batch's cases made SQLite scan each table once per batch).
        var cases = await db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => !c.IsDeleted)
            .Select(c => new CaseRow(c.Id, c.OwningAgencyId, c.TeamId, c.Status, c.OpenedOn, c.ClosedOn)).ToListAsync(cancellationToken);
        var records = await CaseRecords.LoadAsync(db, caseId: null, cancellationToken);
        var done = 0;
        foreach (var batch in cases.Chunk(RebuildBatch))
        {
            foreach (var entity in batch)
            {
                db.DashboardCases.Add(records.CaseOf(entity));
                foreach (var day in records.DaysOf(entity))
                {
                    db.DashboardCaseDays.Add(day);
                    Accumulate(tallies, day.AgencyId, day.TeamId, day, +1);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            done += batch.Length;
            progress?.Report(done);
        }

        await db.DashboardTeamGaps.IgnoreQueryFilters().ExecuteDeleteAsync(cancellationToken);
        var owners = db.Cases.IgnoreQueryFilters();
        await db.CaseMapGaps.IgnoreQueryFilters().ExecuteUpdateAsync(s => s
            .SetProperty(g => g.AgencyId, g => owners.Where(c => c.Id == g.CaseId).Select(c => c.OwningAgencyId).FirstOrDefault())
            .SetProperty(g => g.TeamId, g => owners.Where(c => c.Id == g.CaseId).Select(c => c.TeamId).FirstOrDefault())
            .SetProperty(g => g.CaseOpen, g => owners.Any(c => c.Id == g.CaseId && !c.IsDeleted && c.Status == CaseStatus.Open)), cancellationToken);
        var gapCounts = await db.CaseMapGaps.IgnoreQueryFilters().Where(g => g.CaseOpen)
            .GroupBy(g => new { g.AgencyId, g.TeamId, g.RuleId, g.Component })
            .Select(g => new { g.Key.AgencyId, g.Key.TeamId, g.Key.RuleId, g.Key.Component, Cases = g.Select(x => x.CaseId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        db.DashboardTeamGaps.AddRange(gapCounts.Select(g => new DashboardTeamGap
        {
            AgencyId = g.AgencyId,
            TeamId = g.TeamId ?? Guid.Empty,
            RuleId = g.RuleId,
            ComponentKey = ComponentKeyOf(g.Component),
            Cases = g.Cases,
        }));

        db.DashboardTeamDays.AddRange(tallies.Values.Where(t => !t.IsZero));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await transaction.CommitAsync(cancellationToken);
    }

    private static void Accumulate(Dictionary<TeamDayKey, DashboardTeamDay> into, Guid agencyId, Guid? teamId, DayFigures day, int sign)
    {
        var key = new TeamDayKey(agencyId, teamId ?? Guid.Empty, day.Day);
        if (!into.TryGetValue(key, out var tally))
        {
            tally = new DashboardTeamDay { AgencyId = key.AgencyId, TeamId = key.TeamId, Day = key.Day };
            into[key] = tally;
        }

        tally.Add(day, sign);
    }

    private static void AccumulateGap(Dictionary<TeamGapKey, int> into, Guid agencyId, Guid? teamId, string ruleId, MapComponent? component, int change)
    {
        var key = new TeamGapKey(agencyId, teamId ?? Guid.Empty, ruleId, ComponentKeyOf(component));
        into[key] = into.GetValueOrDefault(key) + change;
    }

    public static int ComponentKeyOf(MapComponent? component) => component is { } c ? (int)c : DashboardTeamGap.NoComponent;

    private static Task<int> AddToTeamGapAsync(LanternDbContext db, TeamGapKey key, int change, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO "DashboardTeamGaps" ("AgencyId", "TeamId", "RuleId", "ComponentKey", "Cases")
            VALUES ({key.AgencyId}, {key.TeamId}, {key.RuleId}, {key.ComponentKey}, {change})
            ON CONFLICT ("AgencyId", "TeamId", "RuleId", "ComponentKey") DO UPDATE SET "Cases" = "DashboardTeamGaps"."Cases" + excluded."Cases"
            """, cancellationToken);

    /// <summary>Adds the change to the team's day as one statement (insert, or add to the row there), the same SQL on both databases.</summary>
    private static Task<int> AddToTeamDayAsync(LanternDbContext db, DashboardTeamDay d, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO "DashboardTeamDays" ("AgencyId", "TeamId", "Day", "Notes", "Words", "VictimBlaming", "Mutualizing", "PerpetratorInvisible",
                "Minimizing", "DoubleStandard", "IntakesCompleted", "DomesticAbuseIndicated", "NoIndicatorsFound", "UnableToScreen")
            VALUES ({d.AgencyId}, {d.TeamId}, {d.Day}, {d.Notes}, {d.Words}, {d.VictimBlaming}, {d.Mutualizing}, {d.PerpetratorInvisible},
                {d.Minimizing}, {d.DoubleStandard}, {d.IntakesCompleted}, {d.DomesticAbuseIndicated}, {d.NoIndicatorsFound}, {d.UnableToScreen})
            ON CONFLICT ("AgencyId", "TeamId", "Day") DO UPDATE SET
                "Notes" = "DashboardTeamDays"."Notes" + excluded."Notes",
                "Words" = "DashboardTeamDays"."Words" + excluded."Words",
                "VictimBlaming" = "DashboardTeamDays"."VictimBlaming" + excluded."VictimBlaming",
                "Mutualizing" = "DashboardTeamDays"."Mutualizing" + excluded."Mutualizing",
                "PerpetratorInvisible" = "DashboardTeamDays"."PerpetratorInvisible" + excluded."PerpetratorInvisible",
                "Minimizing" = "DashboardTeamDays"."Minimizing" + excluded."Minimizing",
                "DoubleStandard" = "DashboardTeamDays"."DoubleStandard" + excluded."DoubleStandard",
                "IntakesCompleted" = "DashboardTeamDays"."IntakesCompleted" + excluded."IntakesCompleted",
                "DomesticAbuseIndicated" = "DashboardTeamDays"."DomesticAbuseIndicated" + excluded."DomesticAbuseIndicated",
                "NoIndicatorsFound" = "DashboardTeamDays"."NoIndicatorsFound" + excluded."NoIndicatorsFound",
                "UnableToScreen" = "DashboardTeamDays"."UnableToScreen" + excluded."UnableToScreen"
            """, cancellationToken);

    private readonly record struct TeamDayKey(Guid AgencyId, Guid TeamId, DateOnly Day);

    private readonly record struct TeamGapKey(Guid AgencyId, Guid TeamId, string RuleId, int ComponentKey);

    private sealed record CaseRow(Guid Id, Guid AgencyId, Guid? TeamId, CaseStatus Status, DateOnly OpenedOn, DateOnly? ClosedOn);

    /// <summary>The records of some cases that the figures are worked out from, read in a handful of queries.</summary>
    private sealed class CaseRecords
    {
        public static readonly CaseRecords None = new([], [], [], [], []);

        private readonly ILookup<Guid, NoteRow> notes;
        private readonly ILookup<Guid, IntakeRow> intakes;
        private readonly ILookup<Guid, DateOnly> interviews;
        private readonly HashSet<Guid> withPerpetrator;
        private readonly HashSet<Guid> withGoal;

        private CaseRecords(List<NoteRow> notes, List<IntakeRow> intakes, List<(Guid CaseId, DateTimeOffset At)> interviews, List<Guid> withPerpetrator, List<Guid> withGoal)
        {
            this.notes = notes.ToLookup(n => n.CaseId);
            this.intakes = intakes.ToLookup(i => i.CaseId);
            this.interviews = interviews.ToLookup(i => i.CaseId, i => DateOnly.FromDateTime(i.At.UtcDateTime));
            this.withPerpetrator = [.. withPerpetrator];
            this.withGoal = [.. withGoal];
        }

        /// <summary>The records of one case, or of every case when <paramref name="caseId"/> is null.</summary>
        public static async Task<CaseRecords> LoadAsync(LanternDbContext db, Guid? caseId, CancellationToken cancellationToken)
        {
            var noteRows = db.CaseNotes.IgnoreQueryFilters().AsNoTracking().Where(n => !n.IsDeleted);
            var intakeRows = db.Intakes.IgnoreQueryFilters().AsNoTracking().Where(i => !i.IsDeleted && i.Status == IntakeStatus.Completed);
            var entryRows = db.MapEntries.IgnoreQueryFilters().AsNoTracking().Where(e => !e.IsDeleted && e.Source == EvidenceSource.PerpetratorInterview);
            var perpetrators = db.Participants.IgnoreQueryFilters().Where(p => !p.IsDeleted && p.Role == ParticipantRole.Perpetrator);
            var plans = db.CasePlans.IgnoreQueryFilters().Where(p => !p.IsDeleted);
            if (caseId is { } id)
            {
                noteRows = noteRows.Where(n => n.CaseId == id);
                intakeRows = intakeRows.Where(i => i.CaseId == id);
                entryRows = entryRows.Where(e => e.CaseId == id);
                perpetrators = perpetrators.Where(p => p.CaseId == id);
                plans = plans.Where(p => p.CaseId == id);
            }

            var notes = await noteRows
                .Select(n => new NoteRow(n.CaseId, n.OccurredOn, n.With, n.WordCount, n.VictimBlamingFindings, n.MutualizingFindings,
                    n.PerpetratorInvisibleFindings, n.MinimizingFindings, n.DoubleStandardFindings))
                .ToListAsync(cancellationToken);
            var intakes = await intakeRows.Select(i => new IntakeRow(i.CaseId, i.ReceivedOn, i.ScreeningOutcome)).ToListAsync(cancellationToken);
            var interviews = (await entryRows.Select(e => new { e.CaseId, e.RecordedAt }).ToListAsync(cancellationToken))
                .Select(e => (e.CaseId, e.RecordedAt)).ToList();
            var withPerpetrator = await perpetrators.Select(p => p.CaseId).Distinct().ToListAsync(cancellationToken);
            var withGoal = await (
                from goal in db.PlanGoals.IgnoreQueryFilters()
                join plan in plans on goal.PlanId equals plan.Id
                join him in perpetrators on new { plan.CaseId, PersonId = goal.PersonId } equals new { him.CaseId, PersonId = (Guid?)him.PersonId }
                where !goal.IsDeleted
                select plan.CaseId).Distinct().ToListAsync(cancellationToken);
            return new CaseRecords(notes, intakes, interviews, withPerpetrator, withGoal);
        }

        public DashboardCase CaseOf(CaseRow entity) => new()
        {
            CaseId = entity.Id,
            AgencyId = entity.AgencyId,
            TeamId = entity.TeamId,
            IsOpen = entity.Status == CaseStatus.Open,
            OpenedOn = entity.OpenedOn,
            ClosedOn = entity.ClosedOn,
            HasPerpetrator = withPerpetrator.Contains(entity.Id),
            HasPerpetratorGoal = withGoal.Contains(entity.Id),
        };

        public List<DashboardCaseDay> DaysOf(CaseRow entity)
        {
            var days = new Dictionary<DateOnly, DashboardCaseDay>();
            DashboardCaseDay On(DateOnly day)
            {
                if (!days.TryGetValue(day, out var row))
                {
                    row = new DashboardCaseDay
                    {
                        CaseId = entity.Id,
                        AgencyId = entity.AgencyId,
                        TeamId = entity.TeamId,
                        Day = day,
                        OpenedOn = entity.OpenedOn,
                        ClosedOn = entity.ClosedOn,
                    };
                    days[day] = row;
                }

                return row;
            }

            foreach (var note in notes[entity.Id])
            {
                var row = On(note.OccurredOn);
                row.Notes++;
                row.Words += note.Words;
                row.VictimBlaming += note.VictimBlaming;
                row.Mutualizing += note.Mutualizing;
                row.PerpetratorInvisible += note.PerpetratorInvisible;
                row.Minimizing += note.Minimizing;
                row.DoubleStandard += note.DoubleStandard;
                row.PerpetratorContact |= note.With == ContactWith.Perpetrator;
            }

            foreach (var intake in intakes[entity.Id])
            {
                var row = On(intake.ReceivedOn);
                row.IntakesCompleted++;
                switch (intake.Outcome)
                {
                    case ScreeningOutcome.DomesticAbuseIndicated:
                        row.DomesticAbuseIndicated++;
                        break;
                    case ScreeningOutcome.NoIndicatorsFound:
                        row.NoIndicatorsFound++;
                        break;
                    case ScreeningOutcome.UnableToScreenSafely:
                        row.UnableToScreen++;
                        break;
                    case ScreeningOutcome.NotScreened:
                        break;
                }
            }

            foreach (var day in interviews[entity.Id])
            {
                On(day).PerpetratorContact = true;
            }

            return [.. days.Values];
        }
    }

    private sealed record NoteRow(Guid CaseId, DateOnly OccurredOn, ContactWith With, int Words, int VictimBlaming, int Mutualizing,
        int PerpetratorInvisible, int Minimizing, int DoubleStandard);

    private sealed record IntakeRow(Guid CaseId, DateOnly ReceivedOn, ScreeningOutcome Outcome);
}
