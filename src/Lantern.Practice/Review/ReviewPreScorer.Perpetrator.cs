using Lantern.Practice.Language;
using Lantern.Practice.Mapping;
using Lantern.Practice.Planning;

namespace Lantern.Practice.Review;

/// <summary>(ii) Intervention with the perpetrator: he is named, engaged, and held to goals about his own behaviour.</summary>
public static partial class ReviewPreScorer
{
    private static List<ScoreReason> InterventionWithPerpetrator(ReviewCase record)
    {
        var reasons = new List<ScoreReason>(7);
        PerpetratorIdentifiedRule(record, reasons);
        PerpetratorContactRule(record, reasons);
        PerpetratorGoalRule(record, reasons);
        PerpetratorServiceOnlyConcern(record, reasons);
        PerpetratorJointGoalConcern(record, reasons);
        LanguageConcern(reasons, PerpetratorInvisibleLanguage,
            record.Language(LanguageCategories.PerpetratorInvisible),
            "describes abuse with no one doing it",
            "describe abuse with no one doing it",
            "When the notes leave him out of the sentence, the record loses sight of the person whose behaviour must change.");
        LanguageConcern(reasons, PerpetratorDoubleStandardLanguage,
            record.Language(LanguageCategories.DoubleStandard),
            "holds the parents to different standards",
            "hold the parents to different standards",
            "Praising him for ordinary care, setting his violence or problems aside, or excusing him from what is asked of her lets him off; intervening with him means holding him to at least the standard asked of the survivor.");
        return reasons;
    }

    private static void PerpetratorIdentifiedRule(ReviewCase record, List<ScoreReason> reasons)
    {
        var perpetrators = record.Perpetrators;
        if (perpetrators.Count > 0)
        {
            reasons.Add(Supporting(PerpetratorIdentified, perpetrators.Count == 1
                    ? $"{perpetrators[0].Name} is recorded as the person causing harm. Intervention starts from naming him: his behaviour, not the survivor, is the source of the risk to the children."
                    : $"{ReviewText.Names(perpetrators)} are recorded as the people causing harm. Intervention starts from naming them: their behaviour, not the survivor, is the source of the risk to the children.",
                null));
        }
        else
        {
            List<EvidenceLink>? gaps = null;
            record.AddGaps(ref gaps, MapGapRules.NoPerpetrator);
            reasons.Add(Against(PerpetratorIdentified,
                "No one is recorded as the person causing harm. Without him on the record there is no one to engage, hold accountable or set goals for, and the work drifts onto the survivor.",
                gaps));
        }
    }

    private static void PerpetratorContactRule(ReviewCase record, List<ScoreReason> reasons)
    {
        var evidence = record.NotesWith(ContactWith.Perpetrator);
        var notes = evidence?.Count ?? 0;
        var ownAccount = 0;
        for (var i = 0; i < record.Entries.Count; i++)
        {
            if (record.Entries[i].Source == EvidenceSource.PerpetratorInterview)
            {
                (evidence ??= []).Add(ReviewCase.Link(record.Entries[i]));
                ownAccount++;
            }
        }

        // A note says only that it was with "the perpetrator": with one perpetrator it is him; with several, each needs
        // an interview recorded on the case or an entry from his own account.
        var perpetrators = record.Perpetrators;
        List<ReviewPerson>? notReached = null;
        for (var p = 0; p < perpetrators.Count; p++)
        {
            var id = perpetrators[p].Id;
            var reached = (perpetrators.Count == 1 && notes > 0) || (record.PerpetratorsInterviewed?.Contains(id) ?? false) || HasOwnAccount(record, id);
            if (!reached)
            {
                (notReached ??= []).Add(perpetrators[p]);
            }
        }

        var who = perpetrators.Count == 0 ? "the perpetrator" : ReviewText.Names(perpetrators);
        if (notReached is null && (perpetrators.Count > 0 || evidence is not null))
        {
            reasons.Add(Supporting(PerpetratorContact,
                $"Contact with {who} is recorded ({ContactDetail(notes, ownAccount)}). Engaging him directly is how the agency hears his account of his behaviour and parenting and holds him accountable, so that the burden of safety does not fall on the survivor alone.",
                evidence));
            return;
        }

        List<EvidenceLink>? gaps = null;
        for (var p = 0; p < (notReached?.Count ?? 0); p++)
        {
            record.AddGaps(ref gaps, MapGapRules.PerpetratorNotInterviewed, personId: notReached![p].Id);
        }

        reasons.Add(Against(PerpetratorContact,
            $"No interview or contact with {(notReached is null ? who : ReviewText.Names(notReached))} is recorded. Without engaging him the agency cannot hear his account, hold him accountable or plan with him, and the work falls back on the survivor.",
            gaps));
    }

    private static string ContactDetail(int notes, int ownAccount)
    {
        var contact = ReviewText.Count(notes, "note", "notes") + " of contact";
        var account = ReviewText.Count(ownAccount, "map entry", "map entries") + " from his own account";
        return notes > 0 && ownAccount > 0 ? contact + " and " + account
            : notes > 0 ? contact
            : ownAccount > 0 ? account
            : "an interview noted on the case";
    }

    private static bool HasOwnAccount(ReviewCase record, Guid perpetratorId)
    {
        for (var i = 0; i < record.Entries.Count; i++)
        {
            var entry = record.Entries[i];
            if (entry.Source == EvidenceSource.PerpetratorInterview && (entry.PerpetratorId == perpetratorId || entry.AdultId == perpetratorId))
            {
                return true;
            }
        }

        return false;
    }

    private static void PerpetratorGoalRule(ReviewCase record, List<ScoreReason> reasons)
    {
        var perpetrators = record.Perpetrators;
        if (perpetrators.Count == 0)
        {
            reasons.Add(Against(PerpetratorGoal,
                "No one is recorded as the person causing harm, so the plan holds no one to goals about his behaviour and the change is left to the survivor.",
                null));
            return;
        }

        if (record.Plan is null)
        {
            reasons.Add(Against(PerpetratorGoal,
                $"There is no case plan, so nothing says what {ReviewText.Names(perpetrators)} must stop or start doing. Without behaviour-based goals for him the change is left to the survivor.",
                null));
            return;
        }

        List<EvidenceLink>? good = null;
        List<EvidenceLink>? shortfall = null;
        List<ReviewPerson>? without = null;
        for (var p = 0; p < perpetrators.Count; p++)
        {
            var id = perpetrators[p].Id;
            var has = false;
            for (var g = 0; g < record.Goals.Count; g++)
            {
                var goal = record.Goals[g];
                if (goal.PersonId != id)
                {
                    continue;
                }

                if (IsBehaviourBased(record, goal))
                {
                    has = true;
                    (good ??= []).Add(ReviewCase.Link(goal));
                }
                else
                {
                    (shortfall ??= []).Add(ReviewCase.Link(goal));
                }
            }

            if (!has)
            {
                (without ??= []).Add(perpetrators[p]);
                record.AddFindings(ref shortfall, PlanChecker.PerpetratorWithoutGoal, id);
            }
        }

        if (without is null)
        {
            var n = good!.Count;
            reasons.Add(Supporting(PerpetratorGoal,
                $"{ReviewText.Names(perpetrators)} {ReviewText.HasHave(perpetrators.Count)} {ReviewText.Count(n, "behaviour-based goal", "behaviour-based goals")} with a success indicator and a measure: what he will stop or start doing and how the change will be seen. Goals about his behaviour put the change where the risk comes from.",
                good));
        }
        else
        {
            reasons.Add(Against(PerpetratorGoal,
                $"No behaviour-based, measurable goal is recorded for {ReviewText.Names(without)}: one that says what he will stop or start doing, what will be seen when he has, and how it will be measured. Without it the plan leaves the change to the survivor; attending a service is a means, not the change.",
                shortfall));
        }
    }

    /// <summary>A goal about his behaviour: a change (stop, start, sustain), the behaviour, what will be seen, how it is measured, and more than a service.</summary>
    private static bool IsBehaviourBased(ReviewCase record, GoalFacts goal) =>
        goal.Change is not null
        && !string.IsNullOrWhiteSpace(goal.Behaviour)
        && !string.IsNullOrWhiteSpace(goal.SuccessIndicator)
        && !string.IsNullOrWhiteSpace(goal.Measure)
        && !record.HasFinding(PlanChecker.ServiceOnly, goal.Id);

    private static void PerpetratorServiceOnlyConcern(ReviewCase record, List<ScoreReason> reasons)
    {
        List<EvidenceLink>? findings = null;
        var n = record.AddFindings(ref findings, PlanChecker.ServiceOnly, perpetratorsOnly: true);
        if (n > 0)
        {
            reasons.Add(Against(PerpetratorServiceOnly,
                $"{ReviewText.Count(n, "of the perpetrator's goals asks", "of the perpetrator's goals ask")} only that he attend or complete a service. Completing a programme is not a change in behaviour: his goals must say what he will stop and start doing, and how it will be seen.",
                findings));
        }
    }

    private static void PerpetratorJointGoalConcern(ReviewCase record, List<ScoreReason> reasons)
    {
        List<EvidenceLink>? findings = null;
        var n = record.AddFindings(ref findings, PlanChecker.JointGoal);
        if (n > 0)
        {
            reasons.Add(Against(PerpetratorJointGoal,
                $"{ReviewText.Count(n, "goal is", "goals are")} written for both parents at once, which blurs whose behaviour must change. Holding him accountable needs goals that are his alone.",
                findings));
        }
    }
}
