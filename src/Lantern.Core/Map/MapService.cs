using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.People;
using Lantern.Core.Validation;
using Lantern.Practice.Mapping;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Map;

/// <summary>
/// The five-component map of a case: its entries, what we don't know yet, worker safety, and the perpetrator's
/// pattern beyond this case. Every read is audited; entries are soft-deleted.
/// </summary>
public sealed class MapService(LanternDbContext db, AuditTrail audit, CaseAccess access, TimeProvider clock)
{
    /// <summary>Behaviours are the two components that record what the perpetrator did.</summary>
    private static readonly MapComponent[] Behaviours = [MapComponent.CoerciveControl, MapComponent.HarmToChild];

    /// <returns>Null when the case is not visible to the caller.</returns>
    public async Task<CaseMap?> GetAsync(Guid caseId, string part = "map", CancellationToken cancellationToken = default)
    {
        var header = await db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new { c.Id, c.Reference, c.Status, c.OwningAgencyId })
            .SingleOrDefaultAsync(cancellationToken);
        if (header is null)
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.MapViewed, cancellationToken);
            return null;
        }

        var taxonomy = await AgencyTaxonomy.ForAsync(db, header.OwningAgencyId, cancellationToken);
        var participants = await PersonNames.ParticipantsAsync(db, caseId, cancellationToken);
        var people = participants.Select(p => new MapPerson(p.PersonId, p.Name, RoleOf(p.Role))).ToList();
        var entries = await ViewsAsync(db.MapEntries.Where(e => e.CaseId == caseId), taxonomy, cancellationToken);
        var facts = entries.Select(e => e.ToFacts()).ToList();
        var interviewed = await db.CaseNotes.AnyAsync(n => n.CaseId == caseId && n.Kind == Notes.NoteKind.Interview && n.With == Practice.Review.ContactWith.Perpetrator, cancellationToken)
            ? people.Where(p => p.Role == MapRole.Perpetrator).Select(p => p.Id).ToHashSet()
            : null;
        var gaps = MapGapRules.Find(new MapSnapshot(people, facts, interviewed), clock.Today());
        var safety = WorkerSafety.Assess(facts, taxonomy);
        var perpetrators = people.Where(p => p.Role == MapRole.Perpetrator).ToList();
        var elsewhere = await ElsewhereAsync(caseId, perpetrators, cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.MapViewed, CaseId: caseId, Detail: $"part={part}"));
        return new CaseMap(header.Id, header.Reference, header.Status, people, entries, gaps, safety, elsewhere, taxonomy);
    }

    /// <returns>Null when the entry is not visible to the caller.</returns>
    public async Task<MapEntryView?> GetEntryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var agencyId = await db.MapEntries.Where(e => e.Id == id).Select(e => (Guid?)e.Case!.OwningAgencyId).SingleOrDefaultAsync(cancellationToken);
        if (agencyId is null)
        {
            await RecordDeniedAsync(id, AuditAction.MapViewed, cancellationToken);
            return null;
        }

        var taxonomy = await AgencyTaxonomy.ForAsync(db, agencyId.Value, cancellationToken);
        var entry = (await ViewsAsync(db.MapEntries.Where(e => e.Id == id), taxonomy, cancellationToken)).Single();
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.MapViewed, CaseId: entry.CaseId, SubjectId: id, Detail: "part=entry"));
        return entry;
    }

    /// <summary>The taxonomy a case's entries are recorded in (its owning agency's); null when the case is not visible.</summary>
    public async Task<MapTaxonomy?> TaxonomyForCaseAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var agencyId = await db.Cases.Where(c => c.Id == caseId).Select(c => (Guid?)c.OwningAgencyId).SingleOrDefaultAsync(cancellationToken);
        return agencyId is null ? null : await AgencyTaxonomy.ForAsync(db, agencyId.Value, cancellationToken);
    }

    /// <summary>
    /// The rules that need the case (people, category, linked behaviours), for a form that found other mistakes first
    /// and wants to show every error at once. Empty when the case is not visible.
    /// </summary>
    public async Task<Dictionary<string, string[]>> ProblemsAsync(Guid caseId, MapEntryInput input, Guid? entryId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await TaxonomyForCaseAsync(caseId, cancellationToken) is not { } taxonomy)
        {
            return [];
        }

        var existing = entryId is { } id ? await db.MapEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken) : null;
        return await CheckAsync(caseId, input, taxonomy, await RolesAsync(caseId, cancellationToken), existing, cancellationToken);
    }

    /// <returns>Null when the case is not visible to the caller.</returns>
    public async Task<MapEntry?> AddAsync(Guid caseId, MapEntryInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var agencyId = await db.Cases.Where(c => c.Id == caseId).Select(c => (Guid?)c.OwningAgencyId).SingleOrDefaultAsync(cancellationToken);
        if (agencyId is null)
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.MapEntryAdded, cancellationToken);
            return null;
        }

        access.EnsureMayWrite();
        await EnsureMayContributeAsync(caseId, input.Component, null, cancellationToken);
        var taxonomy = await AgencyTaxonomy.ForAsync(db, agencyId.Value, cancellationToken);
        var people = await RolesAsync(caseId, cancellationToken);
        InputRules.Enforce(input, await CheckAsync(caseId, input, taxonomy, people, null, cancellationToken));
        var now = clock.Now();
        var entry = new MapEntry { CaseId = caseId, RecordedById = db.Scope.UserId, ContributedByAgencyId = db.Scope.AgencyId, RecordedAt = now, UpdatedAt = now };
        Apply(entry, input, people);
        db.MapEntries.Add(entry);
        // The change, its audit row and its share of the kept figures are kept or lost together.
        await using var figuresWork = await UnitOfWork.BeginAsync(db, cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.MapEntryAdded, CaseId: caseId, SubjectId: entry.Id,
            Detail: $"component={entry.Component};category={entry.CategoryKey}"));
        await Dashboards.CaseFiguresOnRecord.RefreshAsync(db, caseId, clock.Today(), clock.Now(), cancellationToken);
        await figuresWork.CommitAsync(cancellationToken);
        return entry;
    }

    /// <returns>False when the entry is not visible to the caller.</returns>
    public async Task<bool> UpdateAsync(Guid id, MapEntryInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var entry = await db.MapEntries.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            await RecordDeniedAsync(id, AuditAction.MapEntryChanged, cancellationToken);
            return false;
        }

        access.EnsureMayWrite();
        await EnsureMayContributeAsync(entry.CaseId, input.Component, entry, cancellationToken);
        var agencyId = await db.Cases.Where(c => c.Id == entry.CaseId).Select(c => c.OwningAgencyId).SingleAsync(cancellationToken);
        var taxonomy = await AgencyTaxonomy.ForAsync(db, agencyId, cancellationToken);
        var people = await RolesAsync(entry.CaseId, cancellationToken);
        var extra = await CheckAsync(entry.CaseId, input, taxonomy, people, entry, cancellationToken);
        if (input.Version is null)
        {
            extra["Version"] = ["The record version is missing: reload the page and try again."];
        }

        InputRules.Enforce(input, extra);
        db.Entry(entry).Property(e => e.Version).OriginalValue = input.Version!.Value;
        Apply(entry, input, people);
        entry.UpdatedAt = clock.Now();
        // The change, its audit row and its share of the kept figures are kept or lost together.
        await using var figuresWork = await UnitOfWork.BeginAsync(db, cancellationToken);
        await access.SaveEditAsync(new AuditEntry(AuditAction.MapEntryChanged, CaseId: entry.CaseId, SubjectId: id,
            Detail: $"component={entry.Component};category={entry.CategoryKey}"), cancellationToken);
        await Dashboards.CaseFiguresOnRecord.RefreshAsync(db, entry.CaseId, clock.Today(), clock.Now(), cancellationToken);
        await figuresWork.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Takes an entry off the map (kept in the database, and in the audit trail, as removed).</summary>
    /// <returns>False when the entry is not visible to the caller.</returns>
    public async Task<bool> RemoveAsync(Guid id, uint version, CancellationToken cancellationToken = default)
    {
        var entry = await db.MapEntries.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            await RecordDeniedAsync(id, AuditAction.MapEntryRemoved, cancellationToken);
            return false;
        }

        access.EnsureMayWrite();
        await EnsureMayContributeAsync(entry.CaseId, entry.Component, entry, cancellationToken);
        db.Entry(entry).Property(e => e.Version).OriginalValue = version;
        entry.IsDeleted = true;
        entry.UpdatedAt = clock.Now();
        // The change, its audit row and its share of the kept figures are kept or lost together.
        await using var figuresWork = await UnitOfWork.BeginAsync(db, cancellationToken);
        await access.SaveEditAsync(new AuditEntry(AuditAction.MapEntryRemoved, CaseId: entry.CaseId, SubjectId: id), cancellationToken);
        await Dashboards.CaseFiguresOnRecord.RefreshAsync(db, entry.CaseId, clock.Today(), clock.Now(), cancellationToken);
        await figuresWork.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// A perpetrator's pattern across every case the caller may see in which he is the person causing harm, with
    /// the cases of relationships that have ended marked as earlier.
    /// </summary>
    /// <returns>Null when the person is not visible to the caller.</returns>
    public async Task<PerpetratorPattern?> GetPatternAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.Id, p.GivenName, p.FamilyName }).SingleOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            await access.RecordDeniedPersonAsync(personId, AuditAction.PatternViewed, cancellationToken);
            return null;
        }

        var caseRows = await db.Participants.AsNoTracking()
            .Where(p => p.PersonId == personId && p.Role == ParticipantRole.Perpetrator)
            .Select(p => new { p.CaseId, p.Case!.Reference, p.Case.Status, p.Case.OpenedOn, p.Case.OwningAgencyId })
            .ToListAsync(cancellationToken);
        var caseIds = caseRows.Select(c => c.CaseId).ToList();
        var survivors = await db.Participants.AsNoTracking()
            .Where(p => caseIds.Contains(p.CaseId) && p.Role == ParticipantRole.Survivor)
            .Select(p => new { p.CaseId, p.PersonId })
            .ToListAsync(cancellationToken);
        var ended = await EndedPartnersAsync(personId, cancellationToken);
        var entriesQuery = db.MapEntries.Where(e => e.PerpetratorId == personId && caseIds.Contains(e.CaseId));
        var agencies = caseRows.Select(c => c.OwningAgencyId).Distinct().ToList();
        var taxonomy = agencies.Count == 1 ? await AgencyTaxonomy.ForAsync(db, agencies[0], cancellationToken) : MapTaxonomy.Default;
        var entries = await ViewsAsync(entriesQuery, taxonomy, cancellationToken);
        var nameIds = survivors.Select(s => s.PersonId)
            .Concat(entries.SelectMany(e => e.ChildIds))
            .Concat(entries.Where(e => e.AdultId is not null).Select(e => e.AdultId!.Value))
            .Append(personId);
        var names = (await PersonNames.ForAsync(db, nameIds, cancellationToken)).ToDictionary(n => n.Key, n => n.Value.FullName);
        var cases = caseRows
            .Select(c =>
            {
                var partners = survivors.Where(s => s.CaseId == c.CaseId).Select(s => s.PersonId).ToList();
                var earlier = c.Status == CaseStatus.Closed || (partners.Count > 0 && partners.All(ended.Contains));
                return new PatternCase(c.CaseId, c.Reference, c.Status, c.OpenedOn,
                    partners.Where(names.ContainsKey).Select(p => names[p]).ToList(), earlier);
            })
            .OrderBy(c => c.IsEarlierRelationship ? 0 : 1).ThenBy(c => c.OpenedOn)
            .ToList();
        var safety = WorkerSafety.Assess(entries.Select(e => e.ToFacts()), taxonomy);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.PatternViewed, PersonId: personId, Detail: $"cases={cases.Count}"));
        return new PerpetratorPattern(person.Id, $"{person.GivenName} {person.FamilyName}", cases, entries, safety, names);
    }

    /// <summary>Worker-safety alerts for the case page: behaviour towards workers and professionals recorded on this case.</summary>
    public async Task<IReadOnlyList<WorkerSafetyAlert>> WorkerSafetyForCaseAsync(Guid caseId, Guid owningAgencyId, CancellationToken cancellationToken = default)
    {
        var facts = await db.MapEntries.AsNoTracking().Where(e => e.CaseId == caseId && e.PerpetratorId != null)
            .Select(e => new { e.Id, e.Component, e.CategoryKey, e.PerpetratorId })
            .ToListAsync(cancellationToken);
        // An agency can only add categories to the default taxonomy, so entries that are all in default categories not about
        // worker safety raise no alert whatever the agency's settings: the case page then skips reading them.
        if (facts.TrueForAll(f => MapTaxonomy.Default.Find(f.CategoryKey) is { WorkerSafety: false }))
        {
            return [];
        }

        var taxonomy = await AgencyTaxonomy.ForAsync(db, owningAgencyId, cancellationToken);
        return WorkerSafety.Assess(facts.Select(f => new MapEntryFacts { Id = f.Id, Component = f.Component, CategoryKey = f.CategoryKey, PerpetratorId = f.PerpetratorId }), taxonomy);
    }

    /// <summary>Worker-safety alerts for a person page: his behaviour towards professionals in any case the caller may see.</summary>
    public async Task<WorkerSafetyAlert?> WorkerSafetyForPersonAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var rows = await db.MapEntries.AsNoTracking().Where(e => e.PerpetratorId == personId)
            .Select(e => new { e.Id, e.Component, e.CategoryKey, e.PerpetratorId, e.Case!.OwningAgencyId })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        var taxonomy = await AgencyTaxonomy.ForAsync(db, rows[0].OwningAgencyId, cancellationToken);
        var alerts = WorkerSafety.Assess(rows.Select(f => new MapEntryFacts { Id = f.Id, Component = f.Component, CategoryKey = f.CategoryKey, PerpetratorId = f.PerpetratorId }), taxonomy);
        return alerts.Count > 0 ? alerts[0] : null;
    }

    public static IReadOnlyList<MapEntryView> Filter(IReadOnlyList<MapEntryView> entries, ChronologyFilter filter)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(filter);
        return entries
            .Where(e => filter.Component is null || e.Component == filter.Component)
            .Where(e => filter.Source is null || e.Source == filter.Source)
            .Where(e => filter.PersonId is not { } p || e.PerpetratorId == p || e.AdultId == p || e.ChildIds.Contains(p))
            .OrderBy(e => e.OccurredOn is null ? 1 : 0).ThenBy(e => e.OccurredOn).ThenBy(e => e.RecordedAt)
            .ToList();
    }

    public Task<bool> IsOwnCaseAsync(Guid caseId, CancellationToken cancellationToken = default) => Sharing.ShareRules.IsOwnCaseAsync(db, caseId, cancellationToken);

    /// <summary>The components the caller may add to on this case: all on her own agency's cases, the agreement's on a shared one.</summary>
    public async Task<IReadOnlySet<MapComponent>> ContributableAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (!db.Scope.WritesCases)
        {
            return new HashSet<MapComponent>();
        }

        if (await Sharing.ShareRules.IsOwnCaseAsync(db, caseId, cancellationToken))
        {
            return Enum.GetValues<MapComponent>().ToHashSet();
        }

        var shared = await Sharing.ShareRules.SharedWithMeAsync(db, caseId, cancellationToken);
        return Enum.GetValues<MapComponent>().Where(c => (shared & Sharing.ShareRules.CategoryOf(c)) != Sharing.InformationCategory.None).ToHashSet();
    }

    /// <summary>Whether the caller may change or take off this entry: the same rule a save applies, for pages to ask before showing a form.</summary>
    public async Task<bool> MayChangeAsync(MapEntryView entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return db.Scope.WritesCases && await RefusalAsync(entry.CaseId, entry.Component, entry.ContributedByAgencyId, cancellationToken) is null;
    }

    private async Task EnsureMayContributeAsync(Guid caseId, MapComponent? component, MapEntry? existing, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(caseId, component, existing?.ContributedByAgencyId, cancellationToken) is { } refusal)
        {
            throw new NotPermittedException(refusal);
        }
    }

    /// <summary>
    /// On a case shared with her agency, a partner adds to the components the agreement gives her agency, and
    /// changes only what her agency contributed; on her own agency's cases nothing more is asked.
    /// </summary>
    /// <returns>Why the caller may not, or null when she may.</returns>
    private async Task<string?> RefusalAsync(Guid caseId, MapComponent? component, Guid? contributedBy, CancellationToken cancellationToken)
    {
        if (await Sharing.ShareRules.IsOwnCaseAsync(db, caseId, cancellationToken))
        {
            return null;
        }

        var shared = await Sharing.ShareRules.SharedWithMeAsync(db, caseId, cancellationToken);
        if (component is { } c && (shared & Sharing.ShareRules.CategoryOf(c)) == Sharing.InformationCategory.None)
        {
            return "The sharing agreement does not give your agency this part of the map.";
        }

        return contributedBy is { } agency && agency != db.Scope.AgencyId
            ? "Only the agency that recorded this entry, or the case's own agency, may change it."
            : null;
    }

    private static MapRole RoleOf(ParticipantRole role) => role switch
    {
        ParticipantRole.Perpetrator => MapRole.Perpetrator,
        ParticipantRole.Survivor => MapRole.Survivor,
        ParticipantRole.Child => MapRole.Child,
        ParticipantRole.OtherCaregiver or ParticipantRole.Other => MapRole.OtherAdult,
    };

    private async Task<List<MapEntryView>> ViewsAsync(IQueryable<MapEntry> query, MapTaxonomy taxonomy, CancellationToken cancellationToken)
    {
        var rows = await query.AsNoTracking().OrderBy(e => e.RecordedAt).ToListAsync(cancellationToken);

        // A map's entries come from a handful of agencies: one lookup for them all, not a sub-query per entry.
        var agencyIds = rows.Select(e => e.ContributedByAgencyId).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var views = new List<MapEntryView>(rows.Count);
        foreach (var e in rows)
        {
            var category = taxonomy.Find(e.CategoryKey) ?? new MapCategory(e.CategoryKey, e.Component, "Category no longer in use");
            views.Add(new MapEntryView(e.Id, e.CaseId, e.Component, category, e.Description, e.Accuracy, e.OccurredOn, e.OccurredUntil, e.Source,
                e.SourceDetail, e.Verified, e.PerpetratorId, e.AdultId, e.ChildIds, e.ChildrenPresent, e.UnderminedByPerpetrator, e.CausedBy,
                agencies.GetValueOrDefault(e.ContributedByAgencyId, ""), e.ContributedByAgencyId, e.RecordedAt, e.Version));
        }

        return views;
    }

    /// <summary>How many of each perpetrator's behaviours are recorded in other cases the caller may see.</summary>
    private async Task<List<PatternElsewhere>> ElsewhereAsync(Guid caseId, List<MapPerson> perpetrators, CancellationToken cancellationToken)
    {
        if (perpetrators.Count == 0)
        {
            return [];
        }

        var ids = perpetrators.Select(p => p.Id).ToList();
        var rows = await db.MapEntries.AsNoTracking()
            .Where(e => e.PerpetratorId != null && ids.Contains(e.PerpetratorId.Value) && e.CaseId != caseId && Behaviours.Contains(e.Component))
            .GroupBy(e => new { e.PerpetratorId, e.CaseId, e.Case!.Status })
            .Select(g => new { g.Key.PerpetratorId, g.Key.CaseId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var otherCases = rows.Select(r => r.CaseId).Distinct().ToList();
        var survivors = await db.Participants.AsNoTracking()
            .Where(p => otherCases.Contains(p.CaseId) && p.Role == ParticipantRole.Survivor)
            .Select(p => new { p.CaseId, p.PersonId })
            .ToListAsync(cancellationToken);
        var result = new List<PatternElsewhere>();
        foreach (var perpetrator in perpetrators)
        {
            var his = rows.Where(r => r.PerpetratorId == perpetrator.Id).ToList();
            if (his.Count == 0)
            {
                continue;
            }

            var ended = await EndedPartnersAsync(perpetrator.Id, cancellationToken);
            var earlier = his.Where(r => r.Status == CaseStatus.Closed
                || survivors.Where(s => s.CaseId == r.CaseId).Select(s => s.PersonId).DefaultIfEmpty(Guid.Empty).All(ended.Contains)).Sum(r => r.Count);
            result.Add(new PatternElsewhere(perpetrator.Id, perpetrator.Name, his.Sum(r => r.Count), earlier, his.Count));
        }

        return result;
    }

    /// <summary>The partners he is recorded as no longer with: a former partner, or a relationship with an end date.</summary>
    private async Task<HashSet<Guid>> EndedPartnersAsync(Guid personId, CancellationToken cancellationToken)
    {
        var rows = await db.Relationships.AsNoTracking()
            .Where(r => (r.PersonId == personId || r.RelatedPersonId == personId)
                && (r.Kind == RelationshipKind.FormerPartner || (r.Kind == RelationshipKind.Partner && r.EndedOn != null)))
            .Select(r => r.PersonId == personId ? r.RelatedPersonId : r.PersonId)
            .ToListAsync(cancellationToken);
        return [.. rows];
    }

    private async Task<Dictionary<Guid, ParticipantRole>> RolesAsync(Guid caseId, CancellationToken cancellationToken) =>
        await db.Participants.AsNoTracking().Where(p => p.CaseId == caseId)
            .Select(p => new { p.PersonId, p.Role })
            .ToDictionaryAsync(p => p.PersonId, p => p.Role, cancellationToken);

    /// <summary>The rules that need the case: the category, the people named, the behaviours an impact is linked to, the dates.</summary>
    private async Task<Dictionary<string, string[]>> CheckAsync(Guid caseId, MapEntryInput input, MapTaxonomy taxonomy,
        Dictionary<Guid, ParticipantRole> people, MapEntry? existing, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [message];
        if (input.Component is not { } component)
        {
            return errors;
        }

        if (input.CategoryKey is { Length: > 0 } key)
        {
            var category = taxonomy.Find(key);
            var keptFromBefore = existing is not null && existing.CategoryKey == key;
            if (category is null || category.Component != component || (!keptFromBefore && !taxonomy.For(component).Contains(category)))
            {
                Add(nameof(MapEntryInput.CategoryKey), "Choose one of the categories listed for this part of the map.");
            }
        }

        bool Has(Guid? id, params ParticipantRole[] roles) => id is { } value && people.TryGetValue(value, out var role) && roles.Contains(role);
        var perpetrators = people.Where(p => p.Value == ParticipantRole.Perpetrator).Select(p => p.Key).ToList();
        var perpetratorId = input.PerpetratorId ?? (perpetrators.Count == 1 ? perpetrators[0] : null);
        var needsPerpetrator = component is MapComponent.CoerciveControl or MapComponent.HarmToChild
            || (component == MapComponent.ProtectiveEfforts && input.UnderminedByPerpetrator);
        if (needsPerpetrator && perpetrators.Count == 0)
        {
            Add(nameof(MapEntryInput.PerpetratorId), "Add the person causing harm to the case first: behaviours are recorded against him.");
        }
        else if (needsPerpetrator && perpetratorId is null)
        {
            Add(nameof(MapEntryInput.PerpetratorId), "Choose whose behaviour this is.");
        }
        else if (input.PerpetratorId is not null && !Has(input.PerpetratorId, ParticipantRole.Perpetrator))
        {
            Add(nameof(MapEntryInput.PerpetratorId), "Choose a person recorded on this case as causing harm.");
        }

        var children = input.ChildIds ?? [];
        if (children.Any(c => !Has(c, ParticipantRole.Child)))
        {
            Add(nameof(MapEntryInput.ChildIds), "Choose children recorded on this case.");
        }
        else if (children.Count == 0 && component is MapComponent.HarmToChild or MapComponent.ChildImpact)
        {
            Add(nameof(MapEntryInput.ChildIds), component == MapComponent.HarmToChild
                ? "Choose the child or children he harmed or used."
                : "Choose the child or children this is the impact on.");
        }

        switch (component)
        {
            case MapComponent.ProtectiveEfforts when !Has(input.AdultId ?? SoleSurvivor(people), ParticipantRole.Survivor, ParticipantRole.OtherCaregiver):
                Add(nameof(MapEntryInput.AdultId), "Choose whose protective effort this is: the survivor or another caregiver on this case.");
                break;
            case MapComponent.IntersectingFactors when !Has(input.AdultId, ParticipantRole.Survivor, ParticipantRole.Perpetrator, ParticipantRole.OtherCaregiver, ParticipantRole.Other):
                Add(nameof(MapEntryInput.AdultId), "Choose which adult this factor is about.");
                break;
            case MapComponent.CoerciveControl:
            case MapComponent.HarmToChild:
            case MapComponent.ProtectiveEfforts:
            case MapComponent.ChildImpact:
            case MapComponent.IntersectingFactors:
                break;
        }

        if (component == MapComponent.ChildImpact && input.CausedBy is { Count: > 0 } causes)
        {
            var wanted = causes.Distinct().ToList();
            var found = await db.MapEntries.CountAsync(e => e.CaseId == caseId && wanted.Contains(e.Id) && Behaviours.Contains(e.Component), cancellationToken);
            if (found != wanted.Count)
            {
                Add(nameof(MapEntryInput.CausedBy), "Link the impact only to his behaviours recorded on this map.");
            }
        }

        var today = clock.Today();
        switch (input.Accuracy)
        {
            case PeriodAccuracy.Exact or PeriodAccuracy.Approximate when input.OccurredOn is null:
                Add(nameof(MapEntryInput.OccurredOn), input.Accuracy == PeriodAccuracy.Exact
                    ? "Enter the date, or choose \"approximate\" or \"not known\"."
                    : "Enter an approximate date (the month and year are enough), or choose \"not known\".");
                break;
            default:
                break;
        }

        if (input.OccurredOn > today)
        {
            Add(nameof(MapEntryInput.OccurredOn), "The date cannot be in the future.");
        }

        if (input.OccurredUntil is { } until && input.Accuracy != PeriodAccuracy.Unknown)
        {
            if (input.OccurredOn is null || until < input.OccurredOn)
            {
                Add(nameof(MapEntryInput.OccurredUntil), "The end of the period must be on or after its start.");
            }
            else if (until > today)
            {
                Add(nameof(MapEntryInput.OccurredUntil), "The end of the period cannot be in the future; choose \"ongoing\" if it has not ended.");
            }
        }

        return errors;
    }

    private static Guid? SoleSurvivor(Dictionary<Guid, ParticipantRole> people)
    {
        var survivors = people.Where(p => p.Value == ParticipantRole.Survivor).Select(p => p.Key).ToList();
        return survivors.Count == 1 ? survivors[0] : null;
    }

    /// <summary>Keeps only what the component uses, and fills in the obvious person where the case has exactly one.</summary>
    private static void Apply(MapEntry entry, MapEntryInput input, Dictionary<Guid, ParticipantRole> people)
    {
        var component = input.Component!.Value;
        var perpetrators = people.Where(p => p.Value == ParticipantRole.Perpetrator).Select(p => p.Key).ToList();
        entry.Component = component;
        entry.CategoryKey = input.CategoryKey!;
        entry.Description = input.Description!.Trim();
        entry.Accuracy = input.Accuracy!.Value;
        entry.OccurredOn = input.Accuracy == PeriodAccuracy.Unknown ? null : input.OccurredOn;
        entry.OccurredUntil = input.Accuracy is PeriodAccuracy.Unknown or PeriodAccuracy.Ongoing ? null : input.OccurredUntil;
        entry.Source = input.Source!.Value;
        entry.SourceDetail = string.IsNullOrWhiteSpace(input.SourceDetail) ? null : input.SourceDetail.Trim();
        entry.Verified = input.Verified;
        entry.PerpetratorId = input.PerpetratorId ?? (component is MapComponent.CoerciveControl or MapComponent.HarmToChild
            || (component == MapComponent.ProtectiveEfforts && input.UnderminedByPerpetrator)
            ? perpetrators.Count == 1 ? perpetrators[0] : null
            : null);
        entry.AdultId = component switch
        {
            MapComponent.ProtectiveEfforts => input.AdultId ?? SoleSurvivor(people),
            MapComponent.IntersectingFactors => input.AdultId,
            MapComponent.CoerciveControl or MapComponent.HarmToChild or MapComponent.ChildImpact => null,
        };
        entry.ChildIds = [.. (input.ChildIds ?? []).Distinct()];
        entry.ChildrenPresent = component == MapComponent.CoerciveControl ? input.ChildrenPresent : null;
        entry.UnderminedByPerpetrator = component == MapComponent.ProtectiveEfforts && input.UnderminedByPerpetrator;
        entry.CausedBy = component == MapComponent.ChildImpact ? [.. (input.CausedBy ?? []).Distinct()] : [];
    }

    private async Task RecordDeniedAsync(Guid entryId, AuditAction attempted, CancellationToken cancellationToken)
    {
        var caseId = await db.MapEntries.IgnoreQueryFilters().Where(e => e.Id == entryId && !e.IsDeleted).Select(e => (Guid?)e.CaseId).SingleOrDefaultAsync(cancellationToken);
        if (caseId is not null)
        {
            await access.RecordDeniedCaseAsync(caseId.Value, attempted, cancellationToken);
        }
    }
}
