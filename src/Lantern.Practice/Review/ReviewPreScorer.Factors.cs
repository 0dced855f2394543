using Lantern.Practice.Mapping;

namespace Lantern.Practice.Review;

/// <summary>(viii) Substance misuse, mental health, culture and socio-economic factors: for each adult, him included, and how his pattern interacts with them.</summary>
public static partial class ReviewPreScorer
{
    private static List<ScoreReason> IntersectingFactors(ReviewCase record)
    {
        var reasons = new List<ScoreReason>(4);
        List<EvidenceLink>? factors = null;
        List<EvidenceLink>? interacting = null;
        for (var i = 0; i < record.Entries.Count; i++)
        {
            var entry = record.Entries[i];
            if (entry.Component != MapComponent.IntersectingFactors)
            {
                continue;
            }

            (factors ??= []).Add(ReviewCase.Link(entry));
            if (entry.PerpetratorId is not null)
            {
                (interacting ??= []).Add(ReviewCase.Link(entry));
            }
        }

        if (factors is null)
        {
            List<EvidenceLink>? gaps = null;
            record.AddGaps(ref gaps, MapGapRules.ComponentEmpty, MapComponent.IntersectingFactors);
            reasons.Add(Against(FactorsRecorded,
                "Nothing is recorded about substance misuse, mental health, culture or socio-economic factors for either adult. Without them it is unclear how they interact with his pattern and what help fits the family.",
                gaps));
            return reasons;
        }

        reasons.Add(Supporting(FactorsRecorded,
            $"{ReviewText.Count(factors.Count, "entry records", "entries record")} substance misuse, mental health, culture or socio-economic factors. They shape the risks and the help that fits the family.",
            factors));
        FactorsPerpetratorRule(record, reasons);
        FactorsSurvivorRule(record, reasons);
        if (interacting is not null)
        {
            reasons.Add(Supporting(FactorsInteraction,
                $"{ReviewText.Count(interacting.Count, "factor is", "factors are")} recorded with how the perpetrator's pattern interacts with {(interacting.Count == 1 ? "it" : "them")}. The question is not only what the factors are but how he uses or worsens them: controlling the money, sabotaging her recovery, using her mental health against her.",
                interacting));
        }
        else
        {
            reasons.Add(Against(FactorsInteraction,
                "No factor is linked to the perpetrator's pattern. Record how his behaviour interacts with each factor (controlling the money, sabotaging her recovery, using her health or immigration status against her, drinking that makes his violence worse) so that the factors are not read apart from him.",
                null));
        }

        return reasons;
    }

    private static void FactorsPerpetratorRule(ReviewCase record, List<ScoreReason> reasons)
    {
        var perpetrators = record.Perpetrators;
        if (perpetrators.Count == 0)
        {
            reasons.Add(Against(FactorsPerpetrator,
                "No one is recorded as the person causing harm, so his substance misuse, mental health and circumstances cannot be assessed alongside the survivor's.",
                null));
            return;
        }

        List<EvidenceLink>? his = null;
        List<ReviewPerson>? without = null;
        List<EvidenceLink>? gaps = null;
        for (var p = 0; p < perpetrators.Count; p++)
        {
            if (!AddFactors(record, ref his, perpetrators[p].Id))
            {
                (without ??= []).Add(perpetrators[p]);
                record.AddGaps(ref gaps, MapGapRules.FactorsDoubleStandard, MapComponent.IntersectingFactors, perpetrators[p].Id);
            }
        }

        if (without is null)
        {
            reasons.Add(Supporting(FactorsPerpetrator,
                $"Factors are recorded for {ReviewText.Names(perpetrators)}. His substance misuse, mental health and circumstances belong on the record as much as hers, and never as an excuse for his behaviour.",
                his));
        }
        else
        {
            reasons.Add(Against(FactorsPerpetrator, SurvivorHasFactors(record)
                    ? $"Factors are recorded for the survivor but none for {ReviewText.Names(without)}. Assess his as well, and how his pattern interacts with hers, so that her struggles are not the only ones on the record."
                    : $"No factors are recorded for {ReviewText.Names(without)}. Assess his substance misuse, mental health and circumstances, and how they interact with his pattern, without letting them excuse it.",
                gaps));
        }
    }

    private static void FactorsSurvivorRule(ReviewCase record, List<ScoreReason> reasons)
    {
        var survivors = record.Survivors;
        if (survivors.Count == 0)
        {
            reasons.Add(Against(FactorsSurvivor,
                "No survivor is recorded on the map or in the plan, so her circumstances cannot be assessed.",
                null));
            return;
        }

        List<EvidenceLink>? hers = null;
        List<ReviewPerson>? without = null;
        for (var s = 0; s < survivors.Count; s++)
        {
            if (!AddFactors(record, ref hers, survivors[s].Id))
            {
                (without ??= []).Add(survivors[s]);
            }
        }

        if (without is null)
        {
            reasons.Add(Supporting(FactorsSurvivor,
                $"Factors are recorded for {ReviewText.Names(survivors)}. Knowing her circumstances, many of them shaped by his control, shows what help fits her and the children.",
                hers));
        }
        else
        {
            reasons.Add(Against(FactorsSurvivor,
                $"No factors are recorded for {ReviewText.Names(without)}. Assess her circumstances too (money, housing, health, culture and language) and how his control shapes them, so that the help offered fits her situation.",
                null));
        }
    }

    /// <summary>Adds links to the factor entries about this adult; true when there is at least one.</summary>
    private static bool AddFactors(ReviewCase record, ref List<EvidenceLink>? links, Guid adultId)
    {
        var found = false;
        for (var i = 0; i < record.Entries.Count; i++)
        {
            var entry = record.Entries[i];
            if (entry.Component == MapComponent.IntersectingFactors && entry.AdultId == adultId)
            {
                (links ??= []).Add(ReviewCase.Link(entry));
                found = true;
            }
        }

        return found;
    }

    private static bool SurvivorHasFactors(ReviewCase record)
    {
        for (var i = 0; i < record.Entries.Count; i++)
        {
            if (record.Entries[i].Component == MapComponent.IntersectingFactors && record.IsSurvivor(record.Entries[i].AdultId))
            {
                return true;
            }
        }

        return false;
    }
}
