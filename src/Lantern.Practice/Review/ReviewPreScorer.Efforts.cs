using Lantern.Practice.Mapping;

namespace Lantern.Practice.Review;

/// <summary>(vi) The full spectrum of the survivor's protective efforts: everything she does for the children, not only leaving or calling the police.</summary>
public static partial class ReviewPreScorer
{
    /// <summary>The taxonomy's key for efforts towards immediate safety (leaving, calling the police, an order).</summary>
    private const string SafetyEffortKey = "pe.safety";

    private static List<ScoreReason> ProtectiveEfforts(ReviewCase record)
    {
        var reasons = new List<ScoreReason>(2);
        List<EvidenceLink>? efforts = null;
        var safetyOnly = true;
        for (var i = 0; i < record.Entries.Count; i++)
        {
            var entry = record.Entries[i];
            if (record.IsHerEffort(entry))
            {
                (efforts ??= []).Add(ReviewCase.Link(entry));
                safetyOnly &= string.Equals(entry.CategoryKey, SafetyEffortKey, StringComparison.Ordinal);
            }
        }

        if (efforts is null)
        {
            List<EvidenceLink>? gaps = null;
            record.AddGaps(ref gaps, MapGapRules.ComponentEmpty, MapComponent.ProtectiveEfforts);
            reasons.Add(Against(EffortsRecorded,
                "Nothing is recorded about the survivor's efforts to keep the children safe and well. Without them her strengths are invisible and plans tend to make her responsible for his behaviour.",
                gaps));
            return reasons;
        }

        reasons.Add(Supporting(EffortsRecorded,
            $"{ReviewText.Count(efforts.Count, "of the survivor's efforts", "of the survivor's efforts")} to keep the children safe and well {ReviewText.IsAre(efforts.Count)} recorded. Her efforts show her strengths as a parent and are what the plan builds on.",
            efforts));

        var kinds = record.DistinctCategories(MapComponent.ProtectiveEfforts, herEffortsOnly: true);
        if (kinds >= MinEffortCategories)
        {
            reasons.Add(Supporting(EffortsBreadth,
                $"Her efforts are recorded in {ReviewText.Count(kinds, "area", "areas")}. The full spectrum (safety, well-being, stability, nurturance) shows everything she does for the children, not only whether she left or called the police.",
                efforts));
        }
        else if (safetyOnly)
        {
            reasons.Add(Against(EffortsBreadth,
                "Only her efforts towards immediate safety (such as leaving, calling the police or seeking an order) are recorded. Record the rest of what she does for the children: their well-being, stability and nurturance, such as keeping routines and schooling going, comforting them and seeking help.",
                efforts));
        }
        else
        {
            reasons.Add(Against(EffortsBreadth, string.Create(Invariant,
                $"Her efforts are recorded in only {ReviewText.Count(kinds, "area", "areas")}, fewer than the {MinEffortCategories} expected. The full spectrum covers the children's safety, well-being, stability and nurturance: ask her what she does in each."),
                efforts));
        }

        return reasons;
    }
}
