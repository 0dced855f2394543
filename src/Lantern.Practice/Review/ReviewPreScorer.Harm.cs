using Lantern.Practice.Mapping;

namespace Lantern.Practice.Review;

/// <summary>(v) The perpetrator's actions to harm the children: his choices as a parent, along more than one pathway, each tied to him and to the child.</summary>
public static partial class ReviewPreScorer
{
    private static List<ScoreReason> PerpetratorHarmToChildren(ReviewCase record)
    {
        var reasons = new List<ScoreReason>(4);
        List<EvidenceLink>? attributed = null;
        List<EvidenceLink>? unattributed = null;
        for (var i = 0; i < record.Entries.Count; i++)
        {
            var entry = record.Entries[i];
            if (entry.Component != MapComponent.HarmToChild)
            {
                continue;
            }

            if (entry.PerpetratorId is not null && (entry.ChildIds?.Count ?? 0) > 0)
            {
                (attributed ??= []).Add(ReviewCase.Link(entry));
            }
            else
            {
                (unattributed ??= []).Add(ReviewCase.Link(entry));
            }
        }

        if (attributed is null)
        {
            List<EvidenceLink>? gaps = null;
            record.AddGaps(ref gaps, MapGapRules.ComponentEmpty, MapComponent.HarmToChild);
            reasons.Add(Against(HarmRecorded,
                "Nothing is recorded, with the perpetrator and the children named, about what he has done to harm the children. Without it his choices as a parent stay invisible and the risk to the children is read as a problem between the adults.",
                gaps));
        }
        else
        {
            reasons.Add(Supporting(HarmRecorded,
                $"{ReviewText.Count(attributed.Count, "entry records", "entries record")} what the perpetrator has done to harm the children, naming him and the children affected. His choices as a parent are part of his pattern and the basis for holding him accountable for the children's safety.",
                attributed));
            HarmBreadthRule(record, reasons, attributed);
            HarmEachPerpetratorConcern(record, reasons);
        }

        if (unattributed is not null)
        {
            reasons.Add(Against(HarmUnattributed,
                $"{ReviewText.Count(unattributed.Count, "harm-to-children entry does", "harm-to-children entries do")} not name both the perpetrator and the children affected. Without both, the harm cannot be traced to his choices or to the child who bears it.",
                unattributed));
        }

        return reasons;
    }

    private static void HarmBreadthRule(ReviewCase record, List<ScoreReason> reasons, List<EvidenceLink> entries)
    {
        var kinds = record.DistinctCategories(MapComponent.HarmToChild);
        if (kinds >= MinHarmCategories)
        {
            reasons.Add(Supporting(HarmBreadth,
                $"{ReviewText.Count(kinds, "kind", "kinds")} of harm to the children {ReviewText.IsAre(kinds)} recorded. Harm runs along several pathways, direct and indirect: hurting or threatening them, using them against their mother, undermining her parenting, getting in the way of their basic needs.",
                entries));
        }
        else
        {
            reasons.Add(Against(HarmBreadth, string.Create(Invariant,
                $"Only {ReviewText.Count(kinds, "kind", "kinds")} of harm to the children {ReviewText.IsAre(kinds)} recorded, fewer than the {MinHarmCategories} expected. Ask about the other pathways too: using the children against their mother, undermining her parenting, interfering with their sleep, food, schooling and routines, threats, and direct harm."),
                entries));
        }
    }

    /// <summary>Applies once harm is recorded for someone: with children on the record, every perpetrator's own choices as a parent are accounted for.</summary>
    private static void HarmEachPerpetratorConcern(ReviewCase record, List<ScoreReason> reasons)
    {
        if (record.Children.Count == 0)
        {
            return;
        }

        List<ReviewPerson>? without = null;
        List<EvidenceLink>? gaps = null;
        var perpetrators = record.Perpetrators;
        for (var p = 0; p < perpetrators.Count; p++)
        {
            var found = false;
            for (var i = 0; i < record.Entries.Count && !found; i++)
            {
                found = record.Entries[i].Component == MapComponent.HarmToChild && record.Entries[i].PerpetratorId == perpetrators[p].Id;
            }

            if (!found)
            {
                (without ??= []).Add(perpetrators[p]);
                record.AddGaps(ref gaps, MapGapRules.PerpetratorWithoutHarmToChild, MapComponent.HarmToChild, perpetrators[p].Id);
            }
        }

        if (without is not null)
        {
            reasons.Add(Against(HarmEachPerpetrator,
                $"Nothing is recorded about what {ReviewText.Names(without)} {ReviewText.HasHave(without.Count)} done to harm the children. Each perpetrator's choices as a parent are his own to account for, whoever else has harmed them.",
                gaps));
        }
    }
}
