using Lantern.Practice.Language;
using Lantern.Practice.Mapping;

namespace Lantern.Practice.Review;

/// <summary>(iv) The perpetrator's pattern of coercive control: several kinds of behaviour, each with him as the actor, not resting on her account alone.</summary>
public static partial class ReviewPreScorer
{
    private static List<ScoreReason> CoerciveControlPattern(ReviewCase record)
    {
        var reasons = new List<ScoreReason>(5);
        List<EvidenceLink>? entries = null;
        List<EvidenceLink>? unnamed = null;
        for (var i = 0; i < record.Entries.Count; i++)
        {
            var entry = record.Entries[i];
            if (entry.Component != MapComponent.CoerciveControl)
            {
                continue;
            }

            (entries ??= []).Add(ReviewCase.Link(entry));
            if (entry.PerpetratorId is null)
            {
                (unnamed ??= []).Add(ReviewCase.Link(entry));
            }
        }

        if (entries is null)
        {
            List<EvidenceLink>? gaps = null;
            record.AddGaps(ref gaps, MapGapRules.ComponentEmpty, MapComponent.CoerciveControl);
            reasons.Add(Against(PatternRecorded,
                "Nothing is recorded about the perpetrator's pattern of coercive control. Without it the assessment falls back on single incidents and on the survivor's choices.",
                gaps));
        }
        else
        {
            reasons.Add(Supporting(PatternRecorded,
                $"{ReviewText.Count(entries.Count, "entry records", "entries record")} the perpetrator's coercive control. His pattern of behaviour, not single incidents or \"the relationship\", is the basis of the assessment.",
                entries));
            PatternBreadthRule(record, reasons, entries);
            PatternPerpetratorNamedRule(reasons, entries, unnamed);
            PatternCorroboratedRule(record, reasons);
        }

        LanguageConcern(reasons, PatternMinimisingLanguage,
            record.Language(LanguageCategories.Minimizing),
            "makes the abuse sound smaller than it is or excuses it",
            "make the abuse sound smaller than it is or excuse it",
            "Minimising turns a pattern of control into isolated incidents and hides the risk it poses to the survivor and the children.");
        return reasons;
    }

    private static void PatternBreadthRule(ReviewCase record, List<ScoreReason> reasons, List<EvidenceLink> entries)
    {
        var kinds = record.DistinctCategories(MapComponent.CoerciveControl);
        if (kinds >= MinControlCategories)
        {
            reasons.Add(Supporting(PatternBreadth,
                $"{ReviewText.Count(kinds, "kind", "kinds")} of coercive behaviour {ReviewText.IsAre(kinds)} recorded. A pattern shows how his behaviours work together to control the survivor and the family, beyond any single incident.",
                entries));
        }
        else
        {
            reasons.Add(Against(PatternBreadth, string.Create(Invariant,
                $"Only {ReviewText.Count(kinds, "kind", "kinds")} of coercive behaviour {ReviewText.IsAre(kinds)} recorded, fewer than the {MinControlCategories} that begin to show a pattern. Ask about the money, isolation, monitoring, threats, and his behaviour towards the children and professionals, in this relationship and earlier ones."),
                entries));
        }
    }

    private static void PatternPerpetratorNamedRule(List<ScoreReason> reasons, List<EvidenceLink> entries, List<EvidenceLink>? unnamed)
    {
        if (unnamed is null)
        {
            reasons.Add(Supporting(PatternPerpetratorNamed,
                "Every coercive-control entry names the perpetrator as the one who acted. Keeping him visible as the actor keeps the assessment on his choices.",
                entries));
        }
        else
        {
            reasons.Add(Against(PatternPerpetratorNamed,
                $"{ReviewText.Count(unnamed.Count, "coercive-control entry does", "coercive-control entries do")} not name who did it. Behaviour with no one doing it hides his choices and lets the abuse be read as a problem of the relationship.",
                unnamed));
        }
    }

    /// <summary>Applies once coercive control is recorded: some of it, and some for each perpetrator it names, comes from beyond her account.</summary>
    private static void PatternCorroboratedRule(ReviewCase record, List<ScoreReason> reasons)
    {
        List<EvidenceLink>? corroborated = null;
        for (var i = 0; i < record.Entries.Count; i++)
        {
            var entry = record.Entries[i];
            if (entry.Component == MapComponent.CoerciveControl && IsCorroborated(entry))
            {
                (corroborated ??= []).Add(ReviewCase.Link(entry));
            }
        }

        List<ReviewPerson>? uncorroborated = null;
        var perpetrators = record.Perpetrators;
        for (var p = 0; p < perpetrators.Count; p++)
        {
            var named = false;
            var confirmed = false;
            for (var i = 0; i < record.Entries.Count && !confirmed; i++)
            {
                var entry = record.Entries[i];
                if (entry.Component == MapComponent.CoerciveControl && entry.PerpetratorId == perpetrators[p].Id)
                {
                    named = true;
                    confirmed = IsCorroborated(entry);
                }
            }

            if (named && !confirmed)
            {
                (uncorroborated ??= []).Add(perpetrators[p]);
            }
        }

        if (corroborated is not null && uncorroborated is null)
        {
            reasons.Add(Supporting(PatternCorroborated,
                $"{ReviewText.Count(corroborated.Count, "coercive-control entry is", "coercive-control entries are")} corroborated beyond the survivor's account (by the police, health, school, the children, records or his own account, or verified). Corroboration shares the burden, so that the case does not rest on her alone.",
                corroborated));
            return;
        }

        List<EvidenceLink>? gaps = null;
        for (var p = 0; p < (uncorroborated?.Count ?? 0); p++)
        {
            record.AddGaps(ref gaps, MapGapRules.CoerciveControlUncorroborated, MapComponent.CoerciveControl, uncorroborated![p].Id);
        }

        reasons.Add(Against(PatternCorroborated,
            $"Everything recorded about the coercive control{(uncorroborated is null ? "" : " by " + ReviewText.Names(uncorroborated))} comes from the survivor's account. Her account is evidence in its own right; corroboration from the police, health, school, the children, records or his own account shares the burden, so that the case does not rest on her alone.",
            gaps));
    }

    /// <summary>Anything but her own account corroborates, and so does her account once verified (as the map's gap rules count it).</summary>
    private static bool IsCorroborated(MapEntryFacts entry) => entry.Source != EvidenceSource.SurvivorInterview || entry.Verified;
}
