using Lantern.Practice.Mapping;
using Lantern.Practice.Planning;

namespace Lantern.Practice.Review;

/// <summary>Who a note of a contact was with, as far as the record says.</summary>
public enum ContactWith
{
    Unknown,
    Perpetrator,
    Survivor,
    Child,
    Other,
}

/// <summary>What the pre-scorer reads of one case note: never its text, only what was found in it.</summary>
/// <param name="Words">Words in the note (the denominator of findings per 1,000 words).</param>
/// <param name="FindingsByCategory">Pivot assistant findings still standing (not dismissed), by <see cref="Language.LanguageCategories"/> name.</param>
public sealed record NoteFacts(Guid Id, DateOnly OccurredOn, ContactWith With, int Words, IReadOnlyDictionary<string, int> FindingsByCategory);

/// <summary>
/// Everything the review pre-scorer reads of one case: its map (people, entries and the gaps the map rules find), its
/// plan (null when there is none) with the plan checker's findings, and its notes.
/// </summary>
public sealed record CaseRecordFacts(
    MapSnapshot Map,
    IReadOnlyList<MapGap> Gaps,
    PlanSnapshot? Plan,
    IReadOnlyList<PlanFinding> PlanFindings,
    IReadOnlyList<NoteFacts> Notes);
