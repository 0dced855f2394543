using Lantern.Practice.Mapping;
using Lantern.Practice.Planning;

namespace Lantern.Practice.Review;

/// <summary>A person the pre-scorer knows about: the name is used in reasons.</summary>
internal readonly record struct ReviewPerson(Guid Id, string Name);

/// <summary>How much of one kind of language stands in a case's notes.</summary>
/// <param name="Findings">Standing findings of the categories, across all notes.</param>
/// <param name="Words">Words in all the case's notes (the denominator of the rate).</param>
/// <param name="Notes">Links to the notes holding those findings, in note order; null when there are none.</param>
internal readonly record struct LanguageUse(int Findings, long Words, List<EvidenceLink>? Notes)
{
    /// <summary>Findings per 1,000 words; infinite when the notes have findings but no word count.</summary>
    public double PerThousandWords => Words > 0 ? Findings * 1000d / Words : double.PositiveInfinity;

    /// <summary>The language is frequent enough to count against a criterion (<see cref="ReviewPreScorer.LanguageFindingsPerThousandWords"/>).</summary>
    public bool CountsAgainst => Findings > 0 && Findings * 1000d >= Words * ReviewPreScorer.LanguageFindingsPerThousandWords;
}

/// <summary>
/// One case as the pre-scorer reads it: null-safe views of the facts and the people by role. People come from the map
/// first and then from the plan, so that a perpetrator or a child who is on only one of them still counts; where the
/// two disagree about a person's role, the map wins. Built once per score; the rules only read it, apart from one
/// scratch list reused to count distinct categories.
/// </summary>
internal sealed class ReviewCase
{
    private readonly List<Guid> known;
    private readonly List<string> categories = new(16);

    public ReviewCase(CaseRecordFacts facts)
    {
        var map = facts.Map;
        Entries = map?.Entries ?? [];
        Gaps = facts.Gaps ?? [];
        Plan = facts.Plan;
        Goals = facts.Plan?.Goals ?? [];
        Findings = facts.PlanFindings ?? [];
        Notes = facts.Notes ?? [];
        PerpetratorsInterviewed = map?.PerpetratorsInterviewed;

        var mapPeople = map?.People ?? [];
        var planPeople = facts.Plan?.People ?? [];
        known = new List<Guid>(mapPeople.Count + planPeople.Count);
        for (var i = 0; i < mapPeople.Count; i++)
        {
            Add(mapPeople[i].Id, mapPeople[i].Name, mapPeople[i].Role);
        }

        for (var i = 0; i < planPeople.Count; i++)
        {
            Add(planPeople[i].Id, planPeople[i].Name, planPeople[i].Role switch
            {
                PlanRole.Perpetrator => MapRole.Perpetrator,
                PlanRole.Survivor => MapRole.Survivor,
                PlanRole.Child => MapRole.Child,
                PlanRole.OtherAdult => MapRole.OtherAdult,
                _ => MapRole.OtherAdult,
            });
        }
    }

    public IReadOnlyList<MapEntryFacts> Entries { get; }

    public IReadOnlyList<MapGap> Gaps { get; }

    public PlanSnapshot? Plan { get; }

    public IReadOnlyList<GoalFacts> Goals { get; }

    public IReadOnlyList<PlanFinding> Findings { get; }

    public IReadOnlyList<NoteFacts> Notes { get; }

    public IReadOnlySet<Guid>? PerpetratorsInterviewed { get; }

    public bool HasSafetyPlan => Plan?.SurvivorHasSafetyPlan == true;

    public List<ReviewPerson> Perpetrators { get; } = [];

    public List<ReviewPerson> Survivors { get; } = [];

    public List<ReviewPerson> Children { get; } = [];

    public static int IndexOf(List<ReviewPerson> people, Guid? id)
    {
        if (id is not { } value)
        {
            return -1;
        }

        for (var i = 0; i < people.Count; i++)
        {
            if (people[i].Id == value)
            {
                return i;
            }
        }

        return -1;
    }

    public bool IsSurvivor(Guid? id) => IndexOf(Survivors, id) >= 0;

    /// <summary>A protective effort of the survivor's: one whose adult is a survivor, or not recorded at all.</summary>
    /// <remarks>An effort recorded for another adult (a grandmother, say) is not hers, and one recorded for a perpetrator never is.</remarks>
    public bool IsHerEffort(MapEntryFacts entry) =>
        entry.Component == MapComponent.ProtectiveEfforts && (entry.AdultId is null || IsSurvivor(entry.AdultId));

    /// <summary>How many different category keys the component's entries use (only the survivor's efforts when <paramref name="herEffortsOnly"/>).</summary>
    public int DistinctCategories(MapComponent component, bool herEffortsOnly = false)
    {
        categories.Clear();
        for (var i = 0; i < Entries.Count; i++)
        {
            var entry = Entries[i];
            if (entry.Component != component || (herEffortsOnly && !IsHerEffort(entry)) || string.IsNullOrEmpty(entry.CategoryKey))
            {
                continue;
            }

            if (!Contains(categories, entry.CategoryKey))
            {
                categories.Add(entry.CategoryKey);
            }
        }

        return categories.Count;
    }

    /// <summary>Links to the gaps with this rule id (and, when given, this component and this person), in gap order.</summary>
    public void AddGaps(ref List<EvidenceLink>? links, string ruleId, MapComponent? component = null, Guid? personId = null)
    {
        for (var i = 0; i < Gaps.Count; i++)
        {
            var gap = Gaps[i];
            if (string.Equals(gap.RuleId, ruleId, StringComparison.Ordinal)
                && (component is null || gap.Component == component)
                && (personId is null || gap.PersonId == personId))
            {
                (links ??= []).Add(new EvidenceLink(EvidenceKind.MapGap, null, gap.RuleId));
            }
        }
    }

    /// <summary>Links to the plan findings with this rule id (and, when given, about this person), in finding order.</summary>
    public int AddFindings(ref List<EvidenceLink>? links, string ruleId, Guid? personId = null, bool perpetratorsOnly = false)
    {
        var added = 0;
        for (var i = 0; i < Findings.Count; i++)
        {
            var finding = Findings[i];
            if (string.Equals(finding.RuleId, ruleId, StringComparison.Ordinal)
                && (personId is null || finding.PersonId == personId)
                && (!perpetratorsOnly || IndexOf(Perpetrators, finding.PersonId) >= 0))
            {
                (links ??= []).Add(new EvidenceLink(EvidenceKind.PlanFinding, finding.GoalId, finding.RuleId));
                added++;
            }
        }

        return added;
    }

    /// <summary>Whether the plan checker found this rule on this goal.</summary>
    public bool HasFinding(string ruleId, Guid goalId)
    {
        for (var i = 0; i < Findings.Count; i++)
        {
            if (Findings[i].GoalId == goalId && string.Equals(Findings[i].RuleId, ruleId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Links to the notes of contacts with this person, in note order (null when none).</summary>
    public List<EvidenceLink>? NotesWith(ContactWith with)
    {
        List<EvidenceLink>? links = null;
        for (var i = 0; i < Notes.Count; i++)
        {
            if (Notes[i].With == with)
            {
                (links ??= []).Add(new EvidenceLink(EvidenceKind.Note, Notes[i].Id));
            }
        }

        return links;
    }

    /// <summary>Standing findings of one or two language categories across all notes, against all their words.</summary>
    public LanguageUse Language(string category, string? otherCategory = null)
    {
        var findings = 0;
        long words = 0;
        List<EvidenceLink>? links = null;
        for (var i = 0; i < Notes.Count; i++)
        {
            var note = Notes[i];
            words += Math.Max(note.Words, 0);
            var inNote = Found(note, category) + (otherCategory is null ? 0 : Found(note, otherCategory));
            if (inNote > 0)
            {
                findings += inNote;
                (links ??= []).Add(new EvidenceLink(EvidenceKind.Note, note.Id));
            }
        }

        return new LanguageUse(findings, words, links);
    }

    public static EvidenceLink Link(MapEntryFacts entry) => new(EvidenceKind.MapEntry, entry.Id);

    public static EvidenceLink Link(GoalFacts goal) => new(EvidenceKind.PlanGoal, goal.Id);

    private static int Found(NoteFacts note, string category) =>
        note.FindingsByCategory is { } found && found.TryGetValue(category, out var count) && count > 0 ? count : 0;

    private static bool Contains(List<string> keys, string key)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void Add(Guid id, string name, MapRole role)
    {
        if (known.Contains(id))
        {
            return;
        }

        known.Add(id);
        var person = new ReviewPerson(id, string.IsNullOrWhiteSpace(name) ? "an unnamed person" : name);
        switch (role)
        {
            case MapRole.Perpetrator:
                Perpetrators.Add(person);
                break;
            case MapRole.Survivor:
                Survivors.Add(person);
                break;
            case MapRole.Child:
                Children.Add(person);
                break;
            case MapRole.OtherAdult:
            default:
                break;
        }
    }
}
