using Lantern.Practice.Mapping;

namespace Lantern.Practice.Review;

/// <summary>(vii) The full adverse impact on the children: every child, several areas of their lives, each impact traced to his behaviour.</summary>
public static partial class ReviewPreScorer
{
    private static List<ScoreReason> ImpactOnChildren(ReviewCase record)
    {
        var reasons = new List<ScoreReason>(4);
        List<EvidenceLink>? impacts = null;
        var withCause = 0;
        for (var i = 0; i < record.Entries.Count; i++)
        {
            var entry = record.Entries[i];
            if (entry.Component == MapComponent.ChildImpact && (entry.ChildIds?.Count ?? 0) > 0)
            {
                (impacts ??= []).Add(ReviewCase.Link(entry));
                withCause += (entry.CausedBy?.Count ?? 0) > 0 ? 1 : 0;
            }
        }

        if (impacts is null)
        {
            List<EvidenceLink>? gaps = null;
            record.AddGaps(ref gaps, MapGapRules.ComponentEmpty, MapComponent.ChildImpact);
            reasons.Add(Against(ImpactRecorded,
                "Nothing is recorded, with the child named, about how the perpetrator's behaviour has affected the children. Without it their experience is missing and the plan cannot be built around their safety, healing and stability.",
                gaps));
            return reasons;
        }

        reasons.Add(Supporting(ImpactRecorded,
            $"{ReviewText.Count(impacts.Count, "entry records", "entries record")} how the perpetrator's behaviour has affected the children. Their experience, told as theirs, is what the plan must answer to.",
            impacts));
        ImpactEachChildRule(record, reasons, impacts);
        ImpactCausesLinkedRule(record, reasons, impacts.Count, withCause);
        ImpactBreadthRule(record, reasons, impacts);
        return reasons;
    }

    private static void ImpactEachChildRule(ReviewCase record, List<ScoreReason> reasons, List<EvidenceLink> impacts)
    {
        var children = record.Children;
        if (children.Count == 0)
        {
            reasons.Add(Against(ImpactEachChild,
                "No child is recorded on the map or in the plan, so the impact cannot be traced to each child. Record every child in the household: each child's experience is their own.",
                null));
            return;
        }

        List<ReviewPerson>? without = null;
        List<EvidenceLink>? gaps = null;
        for (var c = 0; c < children.Count; c++)
        {
            if (!HasImpact(record, children[c].Id))
            {
                (without ??= []).Add(children[c]);
                record.AddGaps(ref gaps, MapGapRules.ChildWithoutImpact, MapComponent.ChildImpact, children[c].Id);
            }
        }

        if (without is null)
        {
            reasons.Add(Supporting(ImpactEachChild, children.Count == 1
                    ? $"The impact on {children[0].Name} is recorded. The child's experience of his behaviour is their own."
                    : $"The impact on every child ({ReviewText.Names(children)}) is recorded. Each child's experience of his behaviour is their own.",
                impacts));
        }
        else
        {
            reasons.Add(Against(ImpactEachChild,
                $"Nothing is recorded about how the perpetrator's behaviour has affected {ReviewText.Names(without)}. Each child's experience is their own; without it the plan cannot answer to that child's safety, healing and stability.",
                gaps));
        }
    }

    private static bool HasImpact(ReviewCase record, Guid childId)
    {
        for (var i = 0; i < record.Entries.Count; i++)
        {
            var entry = record.Entries[i];
            if (entry.Component == MapComponent.ChildImpact && entry.ChildIds is { } childIds)
            {
                for (var c = 0; c < childIds.Count; c++)
                {
                    if (childIds[c] == childId)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>An impact counts as linked when one of its causes is a coercive-control or harm-to-child entry on the map.</summary>
    private static void ImpactCausesLinkedRule(ReviewCase record, List<ScoreReason> reasons, int impacts, int withCause)
    {
        // Causes are looked up only when some impact names one; the set is built once, not per impact.
        HashSet<Guid>? behaviours = null;
        if (withCause > 0)
        {
            behaviours = [];
            for (var i = 0; i < record.Entries.Count; i++)
            {
                if (record.Entries[i].Component is MapComponent.CoerciveControl or MapComponent.HarmToChild)
                {
                    behaviours.Add(record.Entries[i].Id);
                }
            }
        }

        List<EvidenceLink>? linked = null;
        List<EvidenceLink>? unlinked = null;
        for (var i = 0; i < record.Entries.Count; i++)
        {
            var entry = record.Entries[i];
            if (entry.Component != MapComponent.ChildImpact || (entry.ChildIds?.Count ?? 0) == 0)
            {
                continue;
            }

            var causes = entry.CausedBy ?? [];
            var found = false;
            for (var c = 0; c < causes.Count && !found && behaviours is not null; c++)
            {
                found = behaviours.Contains(causes[c]);
            }

            if (found)
            {
                (linked ??= []).Add(ReviewCase.Link(entry));
            }
            else
            {
                (unlinked ??= []).Add(ReviewCase.Link(entry));
            }
        }

        var n = linked?.Count ?? 0;
        if ((long)n * 100 >= (long)impacts * MinImpactsWithCausePercent)
        {
            reasons.Add(Supporting(ImpactCausesLinked, string.Create(Invariant,
                $"{n} of {ReviewText.Count(impacts, "impact", "impacts")} on the children {(impacts == 1 ? "is" : "are")} linked to his behaviour that caused {(impacts == 1 ? "it" : "them")}. Tracing the harm to his behaviour keeps the children's difficulties from being read as their own failing or their mother's."),
                linked));
        }
        else
        {
            reasons.Add(Against(ImpactCausesLinked, string.Create(Invariant,
                $"Only {n} of {ReviewText.Count(impacts, "impact", "impacts")} on the children {(n == 1 ? "is" : "are")} linked to the behaviour that caused {(n == 1 ? "it" : "them")} ({MinImpactsWithCausePercent}% expected). Link each impact to his behaviour on the map, so that the children's difficulties are not read as their own failing or their mother's."),
                unlinked));
        }
    }

    private static void ImpactBreadthRule(ReviewCase record, List<ScoreReason> reasons, List<EvidenceLink> impacts)
    {
        var kinds = record.DistinctCategories(MapComponent.ChildImpact);
        if (kinds >= MinImpactCategories)
        {
            reasons.Add(Supporting(ImpactBreadth,
                $"The impact is recorded in {ReviewText.Count(kinds, "area", "areas")} of the children's lives. His behaviour reaches their safety, health, development, schooling, emotions and behaviour, and their relationships with their mother and with each other.",
                impacts));
        }
        else
        {
            reasons.Add(Against(ImpactBreadth, string.Create(Invariant,
                $"The impact is recorded in only {ReviewText.Count(kinds, "area", "areas")} of the children's lives, fewer than the {MinImpactCategories} expected. Ask about their safety, health, development, schooling, emotions and behaviour, and their relationships with their mother and with each other, not only whether they saw or heard the abuse."),
                impacts));
        }
    }
}
