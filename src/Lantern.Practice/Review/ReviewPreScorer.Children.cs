using Lantern.Practice.Planning;

namespace Lantern.Practice.Review;

/// <summary>
/// (iii) Keeping the children safe and together with the survivor: each child has goals of their own, her efforts for
/// them are on the record, his interference with those efforts is his, and the plan works with her, not against her safety.
/// </summary>
public static partial class ReviewPreScorer
{
    private static List<ScoreReason> ChildrenSafeAndTogether(ReviewCase record)
    {
        var reasons = new List<ScoreReason>(6);
        ChildrenGoalRule(record, reasons);
        ChildrenHerEffortsRule(record, reasons);
        ChildrenUnderminingNamedRule(record, reasons);
        ChildrenSafetyPlanRule(record, reasons);
        ChildrenJointWorkConcern(record, reasons);
        MadeResponsibleConcern(record, reasons, ChildrenMadeResponsible,
            "When she is made to answer for him, his next incident becomes her \"failure to protect\", and the children's place with her is put at risk.");
        return reasons;
    }

    private static void ChildrenGoalRule(ReviewCase record, List<ScoreReason> reasons)
    {
        var children = record.Children;
        if (children.Count == 0)
        {
            reasons.Add(Against(ChildrenGoal,
                "No child is recorded on the map or in the plan. Keeping the children safe and together with the survivor starts from knowing who they are and what each of them needs.",
                null));
            return;
        }

        if (record.Plan is null)
        {
            reasons.Add(Against(ChildrenGoal,
                $"There is no case plan, so {(children.Count == 1 ? children[0].Name + " has" : "none of " + ReviewText.Names(children) + " has")} a goal for their safety and healing.",
                null));
            return;
        }

        List<EvidenceLink>? goals = null;
        List<EvidenceLink>? findings = null;
        List<ReviewPerson>? without = null;
        for (var c = 0; c < children.Count; c++)
        {
            var id = children[c].Id;
            var has = false;
            for (var g = 0; g < record.Goals.Count; g++)
            {
                if (record.Goals[g].PersonId == id)
                {
                    has = true;
                    (goals ??= []).Add(ReviewCase.Link(record.Goals[g]));
                }
            }

            if (!has)
            {
                (without ??= []).Add(children[c]);
                record.AddFindings(ref findings, PlanChecker.ChildWithoutGoal, id);
            }
        }

        if (without is null)
        {
            reasons.Add(Supporting(ChildrenGoal, children.Count == 1
                    ? $"{children[0].Name} has a goal of their own in the plan. Goals for the child's safety and healing keep the plan centred on the child rather than on the adults."
                    : $"Every child ({ReviewText.Names(children)}) has a goal of their own in the plan. Goals for each child's safety and healing keep the plan centred on the children rather than on the adults.",
                goals));
        }
        else
        {
            reasons.Add(Against(ChildrenGoal,
                $"{ReviewText.Names(without)} {ReviewText.HasHave(without.Count)} no goal of their own. Each child needs goals for their safety and for healing from what they have lived through, so that the plan answers to them.",
                findings));
        }
    }

    private static void ChildrenHerEffortsRule(ReviewCase record, List<ScoreReason> reasons)
    {
        List<EvidenceLink>? efforts = null;
        for (var i = 0; i < record.Entries.Count; i++)
        {
            var entry = record.Entries[i];
            if (record.IsHerEffort(entry) && (entry.ChildIds?.Count ?? 0) > 0)
            {
                (efforts ??= []).Add(ReviewCase.Link(entry));
            }
        }

        if (efforts is not null)
        {
            reasons.Add(Supporting(ChildrenHerEfforts,
                $"{ReviewText.Count(efforts.Count, "of the survivor's efforts is", "of the survivor's efforts are")} recorded with the children {(efforts.Count == 1 ? "it was" : "they were")} for. Her efforts to protect and care for the children are the ground for keeping them safe with her rather than apart from her.",
                efforts));
        }
        else
        {
            reasons.Add(Against(ChildrenHerEfforts,
                "None of the survivor's efforts is recorded with the children it was for. Without a record of how she protects and cares for them, the case for keeping the children with her has nothing to stand on.",
                null));
        }
    }

    /// <summary>Applies only where an effort of hers is marked as undermined by him.</summary>
    private static void ChildrenUnderminingNamedRule(ReviewCase record, List<ScoreReason> reasons)
    {
        List<EvidenceLink>? named = null;
        List<EvidenceLink>? unnamed = null;
        for (var i = 0; i < record.Entries.Count; i++)
        {
            var entry = record.Entries[i];
            if (!record.IsHerEffort(entry) || !entry.UnderminedByPerpetrator)
            {
                continue;
            }

            if (entry.PerpetratorId is null)
            {
                (unnamed ??= []).Add(ReviewCase.Link(entry));
            }
            else
            {
                (named ??= []).Add(ReviewCase.Link(entry));
            }
        }

        if (unnamed is not null)
        {
            reasons.Add(Against(ChildrenUnderminingNamed,
                $"{ReviewText.Count(unnamed.Count, "of the survivor's efforts is", "of the survivor's efforts are")} marked as undermined without naming the perpetrator who undermined {(unnamed.Count == 1 ? "it" : "them")}. Unless his interference is put down to him, it reads as her failure to protect the children.",
                unnamed));
        }
        else if (named is not null)
        {
            reasons.Add(Supporting(ChildrenUnderminingNamed,
                $"Where the perpetrator undermined the survivor's efforts, the record names him ({ReviewText.Count(named.Count, "entry", "entries")}). His interference is then read as his choice, not as her failure to protect.",
                named));
        }
    }

    private static void ChildrenSafetyPlanRule(ReviewCase record, List<ScoreReason> reasons)
    {
        if (record.HasSafetyPlan)
        {
            reasons.Add(Supporting(ChildrenSafetyPlan,
                "A safety plan is recorded for the survivor and the children. Planning for safety with her is how the agency keeps the children safe while they stay with her.",
                [SafetyPlanLink]));
        }
        else
        {
            reasons.Add(Against(ChildrenSafetyPlan,
                "No safety plan is recorded for the survivor and the children. Without one, keeping the children safe with her rests on hope rather than on a plan made with her.",
                null));
        }
    }

    private static void ChildrenJointWorkConcern(ReviewCase record, List<ScoreReason> reasons)
    {
        List<EvidenceLink>? findings = null;
        var n = record.AddFindings(ref findings, PlanChecker.ConflictsWithSafetyPlan);
        if (n > 0)
        {
            reasons.Add(Against(ChildrenJointWork,
                $"{ReviewText.Count(n, "goal proposes", "goals propose")} joint work between the perpetrator and the survivor, such as joint sessions, couples counselling or mediation. Joint work with the person causing harm puts her and the children at risk and works against keeping them safe together.",
                findings));
        }
    }
}
