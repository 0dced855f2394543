using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Data;
using Lantern.Core.People;
using Lantern.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Cases;

/// <summary>Reads and writes cases within the caller's scope; every read and write is audited.</summary>
public sealed class CaseService(LanternDbContext db, AuditTrail audit, CaseAccess access, TimeProvider clock)
{
    public async Task<CasePage> ListAsync(CaseListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        // Bounded so that (page - 1) * pageSize cannot overflow into a negative offset, which PostgreSQL refuses.
        var page = Math.Clamp(query.Page, 1, 1_000_000);
        var cases = db.Cases.AsNoTracking();
        if (query.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        if (query.MineOnly)
        {
            var me = db.Scope.UserId;
            cases = cases.Where(c => c.AllocatedWorkerId == me);
        }

        var search = query.Search?.Trim().ToUpperInvariant();
        var myTeam = db.Scope.TeamId;
        var myId = db.Scope.UserId;
        if (!string.IsNullOrEmpty(search))
        {
            // A restricted case is found by name only by its allocated team; anyone who may see it finds it by reference.
            // The kept names are a cheap first sieve (one row per case); the participants the searcher may see decide.
            cases = cases.Where(c => c.Reference == search
                || ((!c.IsRestricted || c.AllocatedWorkerId == myId || (myTeam != null && c.TeamId == myTeam))
                    && db.CaseSearchNames.Any(n => n.CaseId == c.Id && n.Names.Contains(search))
                    && c.Participants.Any(p => p.Person!.SearchName.Contains(search))));
        }

        var (rows, total) = await PageOfAsync(cases, string.IsNullOrEmpty(search) ? null : search, (page - 1) * pageSize, pageSize, myId, myTeam, cancellationToken);
        var masked = rows.Where(r => r.Masked).Select(r => r.Id).ToHashSet();
        var ids = rows.Where(r => !r.Masked).Select(r => r.Id).ToList();
        var participants = await db.Participants.AsNoTracking()
            .Where(p => ids.Contains(p.CaseId))
            .Select(p => new { p.CaseId, p.PersonId, p.Role })
            .ToListAsync(cancellationToken);
        var names = await PersonNames.ForAsync(db, participants.Select(p => p.PersonId), cancellationToken);
        var byCase = participants.Where(p => names.ContainsKey(p.PersonId))
            .OrderBy(p => p.Role).ThenBy(p => names[p.PersonId].FamilyName).ThenBy(p => names[p.PersonId].GivenName)
            .ToLookup(p => p.CaseId, p => new ParticipantName(p.PersonId, names[p.PersonId].FullName, p.Role));

        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.CaseListed, Detail: $"results={rows.Count}"));
        return new CasePage(
            rows.Select(r => new CaseSummary(r.Id, r.Reference, r.Status, r.OpenedOn, r.TeamName, r.WorkerName,
                masked.Contains(r.Id) ? [new ParticipantName(Guid.Empty, "Restricted case: names shown to its team only", ParticipantRole.Other)] : byCase[r.Id].ToList())).ToList(),
            page, pageSize, total);
    }

    private sealed record CaseRow(Guid Id, string Reference, CaseStatus Status, DateOnly OpenedOn, string? TeamName, string? WorkerName, bool Masked);

    /// <summary>
    /// One page of the visible cases, newest first, and how many there are. A practitioner sees her team's cases and any
    /// allocated to her elsewhere; asked as one query, that OR made the database gather and sort every one of the team's
    /// cases for each page. Asked as two (the team's, then hers outside it), each follows its own index in order and
    /// stops at the page, and each count reads only that index. The two parts do not overlap and together are exactly
    /// what the scope allows, since both still pass through the scope's query filter. A name search in the team's part
    /// starts from the team's kept names (one index range) instead of probing the kept row of each of the team's cases.
    /// </summary>
    private async Task<(List<CaseRow> Rows, int Total)> PageOfAsync(
        IQueryable<Case> cases, string? search, int skip, int take, Guid myId, Guid? myTeam, CancellationToken cancellationToken)
    {
        if (db.Scope is not { Kind: ScopeKind.User, ReadsCases: true, SeesWholeAgency: false, ReceivesShares: false, TeamId: { } team })
        {
            return (await RowsAsync(cases, skip, take, myId, myTeam, cancellationToken), await cases.CountAsync(cancellationToken));
        }

        var inTeam = cases.Where(c => c.TeamId == team);
        if (search is not null)
        {
            var named = db.CaseSearchNames.Where(n => n.TeamId == team && n.Names.Contains(search)).Select(n => n.CaseId);
            inTeam = inTeam.Where(c => c.Reference == search || named.Contains(c.Id));
        }

        var elsewhere = cases.Where(c => c.AllocatedWorkerId == myId && (c.TeamId == null || c.TeamId != team));

        // A search's matches in the team are read once, whole: counting them and then reading a page would check every
        // match against the people the searcher may see twice, and there are at most as many as the team has cases.
        var teamMatches = search is null ? null : await RowsAsync(inTeam, 0, null, myId, myTeam, cancellationToken);
        var teamTotal = teamMatches?.Count ?? await inTeam.CountAsync(cancellationToken);
        var elsewhereTotal = await elsewhere.CountAsync(cancellationToken);
        if (elsewhereTotal == 0)
        {
            return (teamMatches?.Skip(skip).Take(take).ToList() ?? await RowsAsync(inTeam, skip, take, myId, myTeam, cancellationToken), teamTotal);
        }

        var first = teamMatches ?? await RowsAsync(inTeam, 0, skip + take, myId, myTeam, cancellationToken);
        var second = await RowsAsync(elsewhere, 0, skip + take, myId, myTeam, cancellationToken);
        var merged = first.Concat(second)
            .OrderByDescending(r => r.OpenedOn).ThenByDescending(r => r.Reference, StringComparer.Ordinal)
            .Skip(skip).Take(take).ToList();
        return (merged, teamTotal + elsewhereTotal);
    }

    /// <param name="take">How many from <paramref name="skip"/>; null for all.</param>
    private static Task<List<CaseRow>> RowsAsync(IQueryable<Case> cases, int skip, int? take, Guid myId, Guid? myTeam, CancellationToken cancellationToken)
    {
        var ordered = cases.OrderByDescending(c => c.OpenedOn).ThenByDescending(c => c.Reference).Skip(skip);
        return (take is { } count ? ordered.Take(count) : ordered)
            .Select(c => new CaseRow(
                c.Id,
                c.Reference,
                c.Status,
                c.OpenedOn,
                c.Team != null ? c.Team.Name : null,
                c.AllocatedWorker != null ? c.AllocatedWorker.DisplayName : null,
                c.IsRestricted && c.AllocatedWorkerId != myId && (myTeam == null || c.TeamId != myTeam)))
            .ToListAsync(cancellationToken);
    }

    public async Task<CaseDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var found = await db.Cases.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new
            {
                c.Id,
                c.Reference,
                c.Status,
                c.OwningAgencyId,
                AgencyName = c.OwningAgency!.Name,
                c.TeamId,
                TeamName = c.Team != null ? c.Team.Name : null,
                c.AllocatedWorkerId,
                WorkerName = c.AllocatedWorker != null ? c.AllocatedWorker.DisplayName : null,
                c.OpenedOn,
                c.ClosedOn,
                c.PresentingConcerns,
                c.Version,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            await access.RecordDeniedCaseAsync(id, AuditAction.CaseViewed, cancellationToken);
            return null;
        }

        var (participants, relationships) = await PersonNames.CaseFamilyAsync(db, id, cancellationToken);
        var intakes = await db.Intakes.AsNoTracking()
            .Where(i => i.CaseId == id)
            .OrderByDescending(i => i.ReceivedOn)
            .Select(i => new IntakeSummary(i.Id, i.Source, i.ReceivedOn, i.Status, i.ScreeningOutcome))
            .ToListAsync(cancellationToken);

        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.CaseViewed, CaseId: id));
        return new CaseDetail(found.Id, found.Reference, found.Status, found.OwningAgencyId, found.AgencyName, found.TeamId, found.TeamName,
            found.AllocatedWorkerId, found.WorkerName, found.OpenedOn, found.ClosedOn, found.PresentingConcerns, found.Version,
            participants, relationships, intakes);
    }

    /// <summary>Creates a case owned by the caller's agency, in intake, allocated to the caller unless said otherwise.</summary>
    public async Task<Case> CreateAsync(NewCaseInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        access.EnsureMayWrite();
        InputRules.Enforce(input, await access.CheckAllocationAsync(input.TeamId, input.AllocatedWorkerId, cancellationToken));
        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);
        var now = clock.Now();
        var entity = new Case
        {
            Reference = await CaseReferences.NextAsync(db, cancellationToken),
            Status = CaseStatus.Intake,
            OwningAgencyId = db.Scope.AgencyId,
            TeamId = input.TeamId ?? db.Scope.TeamId,
            AllocatedWorkerId = input.AllocatedWorkerId ?? (db.Scope.Kind == ScopeKind.User ? db.Scope.UserId : null),
            OpenedOn = clock.Today(),
            PresentingConcerns = input.PresentingConcerns!.Trim(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Cases.Add(entity);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.CaseCreated, CaseId: entity.Id));
        await Dashboards.CaseFiguresOnRecord.RefreshAsync(db, entity.Id, clock.Today(), clock.Now(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entity;
    }

    /// <returns>False when the case is not visible to the caller.</returns>
    public async Task<bool> UpdateAsync(Guid id, CaseUpdateInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var entity = await db.Cases.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (entity is null)
        {
            await access.RecordDeniedCaseAsync(id, AuditAction.CaseUpdated, cancellationToken);
            return false;
        }

        await access.EnsureMayChangeCaseAsync(id, cancellationToken);
        var extra = await access.CheckAllocationAsync(input.TeamId, input.AllocatedWorkerId, cancellationToken);
        if (input.Status == CaseStatus.Closed && input.ClosedOn is null)
        {
            extra["ClosedOn"] = ["Give the date the case closed."];
        }

        if (input.ClosedOn is { } closed && closed < entity.OpenedOn)
        {
            extra["ClosedOn"] = ["The closing date cannot be before the case opened."];
        }

        InputRules.Enforce(input, extra);
        db.Entry(entity).Property(c => c.Version).OriginalValue = input.Version!.Value;
        var changed = new List<string>();
        Track(changed, "Status", entity.Status, input.Status!.Value, v => entity.Status = v);
        Track(changed, "PresentingConcerns", entity.PresentingConcerns, input.PresentingConcerns!.Trim(), v => entity.PresentingConcerns = v);
        Track(changed, "TeamId", entity.TeamId, input.TeamId, v => entity.TeamId = v);
        Track(changed, "AllocatedWorkerId", entity.AllocatedWorkerId, input.AllocatedWorkerId, v => entity.AllocatedWorkerId = v);
        Track(changed, "ClosedOn", entity.ClosedOn, input.Status == CaseStatus.Closed ? input.ClosedOn : null, v => entity.ClosedOn = v);
        entity.UpdatedAt = clock.Now();
        // The change, its audit row and its share of the kept figures are kept or lost together.
        await using var figuresWork = await UnitOfWork.BeginAsync(db, cancellationToken);
        await access.SaveEditAsync(new AuditEntry(AuditAction.CaseUpdated, CaseId: id, Detail: FieldList(changed)), cancellationToken);
        await Dashboards.CaseFiguresOnRecord.RefreshAsync(db, id, clock.Today(), clock.Now(), cancellationToken);
        await figuresWork.CommitAsync(cancellationToken);
        return true;
    }

    internal static void Track<T>(List<string> changed, string field, T current, T proposed, Action<T> set)
    {
        if (!EqualityComparer<T>.Default.Equals(current, proposed))
        {
            changed.Add(field);
            set(proposed);
        }
    }

    internal static string FieldList(List<string> changed) =>
        changed.Count == 0 ? "fields=none" : "fields=" + string.Join(',', changed);
}
