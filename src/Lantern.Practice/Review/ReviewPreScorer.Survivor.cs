using Lantern.Practice.Language;
using Lantern.Practice.Mapping;
using Lantern.Practice.Planning;

namespace Lantern.Practice.Review;

/// <summary>(i) Partnership with the survivor: the default position, shown in contact with her, in hearing what she does, and in safety planning with her.</summary>
public static partial class ReviewPreScorer
{
    private static List<ScoreReason> PartnershipWithSurvivor(ReviewCase record)
    {
        var reasons = new List<ScoreReason>(5);
        SurvivorContactRule(record, reasons);
        SurvivorEffortsHeardRule(record, reasons);
        SurvivorSafetyPlanRule(record, reasons);
        MadeResponsibleConcern(record, reasons, SurvivorMadeResponsible,
            "Making her answer for what he does is the opposite of partnership: it judges her by his choices and leaves him out of the plan.");
        LanguageConcern(reasons, SurvivorBlamingLanguage,
            record.Language(LanguageCategories.VictimBlaming, LanguageCategories.Mutualizing),
            "blames the survivor or describes his abuse as something they both do",
            "blame the survivor or describe his abuse as something they both do",
            "Such language puts her choices rather than his behaviour at the centre of the record, and works against partnership with her.");
        return reasons;
    }

    private static void SurvivorContactRule(ReviewCase record, List<ScoreReason> reasons)
    {
        var notes = record.NotesWith(ContactWith.Survivor);
        var n = notes?.Count ?? 0;
        if (n >= MinSurvivorContacts)
        {
            reasons.Add(Supporting(SurvivorContact,
                $"{ReviewText.Count(n, "contact", "contacts")} with the survivor {ReviewText.IsAre(n)} recorded. Partnership with her is the default position, built over continuing contact in which she is heard and her knowledge of his pattern and of the children shapes the work.",
                notes));
        }
        else if (n == 0)
        {
            reasons.Add(Against(SurvivorContact,
                "No contact with the survivor is recorded. Partnership with her is the default route to the children's safety, and it cannot start without meeting her, hearing her account and planning with her.",
                null));
        }
        else
        {
            reasons.Add(Against(SurvivorContact, string.Create(Invariant,
                $"Only {ReviewText.Count(n, "contact", "contacts")} with the survivor {ReviewText.IsAre(n)} recorded, fewer than the {MinSurvivorContacts} expected. Partnership is built over continuing contact, not a single visit: see her again, on her own, and plan with her."),
                notes));
        }
    }

    private static void SurvivorEffortsHeardRule(ReviewCase record, List<ScoreReason> reasons)
    {
        List<EvidenceLink>? heard = null;
        var onlyHisAccount = 0;
        for (var i = 0; i < record.Entries.Count; i++)
        {
            var entry = record.Entries[i];
            if (!record.IsHerEffort(entry))
            {
                continue;
            }

            if (entry.Source != EvidenceSource.PerpetratorInterview || entry.Verified)
            {
                (heard ??= []).Add(ReviewCase.Link(entry));
            }
            else
            {
                onlyHisAccount++;
            }
        }

        if (heard is not null)
        {
            reasons.Add(Supporting(SurvivorEffortsHeard,
                $"{ReviewText.Count(heard.Count, "of the survivor's efforts", "of the survivor's efforts")} to protect and care for the children {ReviewText.IsAre(heard.Count)} recorded from her own account or confirmed by another source. Recording what she already does treats her as a partner with strengths rather than as the problem.",
                heard));
        }
        else if (onlyHisAccount > 0)
        {
            reasons.Add(Against(SurvivorEffortsHeard,
                "The survivor's efforts to protect the children are recorded only from the perpetrator's account, and none is confirmed. Ask her what she does for the children's safety and well-being: partnership starts from her own account of her efforts.",
                null));
        }
        else
        {
            List<EvidenceLink>? gaps = null;
            record.AddGaps(ref gaps, MapGapRules.ComponentEmpty, MapComponent.ProtectiveEfforts);
            reasons.Add(Against(SurvivorEffortsHeard,
                "None of the survivor's efforts to protect and care for the children is recorded from her own account or another source. Asking her what she already does for their safety and well-being is where partnership starts; without it her strengths are invisible.",
                gaps));
        }
    }

    private static void SurvivorSafetyPlanRule(ReviewCase record, List<ScoreReason> reasons)
    {
        if (record.HasSafetyPlan)
        {
            reasons.Add(Supporting(SurvivorSafetyPlan,
                "A safety plan is recorded for the survivor. Planning for safety with her, building on what she already does, is partnership in practice.",
                [SafetyPlanLink]));
        }
        else
        {
            reasons.Add(Against(SurvivorSafetyPlan, record.Plan is null
                    ? "There is no case plan and no safety plan for the survivor. Safety plans belong to her and the children; making one with her is the plainest sign that the agency works alongside her."
                    : "No safety plan is recorded for the survivor. Safety plans belong to her and the children; making one with her is the plainest sign that the agency works alongside her.",
                null));
        }
    }

    /// <summary>The plan checker found goals that make her responsible for his behaviour: against partnership (i) and against keeping the children with her (iii).</summary>
    private static void MadeResponsibleConcern(ReviewCase record, List<ScoreReason> reasons, string ruleId, string why)
    {
        List<EvidenceLink>? findings = null;
        var n = record.AddFindings(ref findings, PlanChecker.SurvivorMadeResponsible);
        if (n > 0)
        {
            reasons.Add(Against(ruleId,
                $"{ReviewText.Count(n, "goal", "goals")} in the plan {(n == 1 ? "makes" : "make")} the survivor responsible for the perpetrator's behaviour or for keeping him away. {why}",
                findings));
        }
    }
}
