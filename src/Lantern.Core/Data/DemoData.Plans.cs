using Lantern.Core.Cases;
using Lantern.Core.People;
using Lantern.Core.Plans;
using Lantern.Practice.Planning;

namespace Lantern.Core.Data;

/// <summary>
/// The demonstration plans: a good plan for the Calder family (his goals behaviour-based and measurable, hers a
/// partnership, each son's about safety and healing, every goal traced to the map), her confidential safety plan,
/// and a plan for the Fairley family with the common mistakes, so that the plan checker has something to say.
/// </summary>
public static partial class DemoData
{
    private static void PlanCalder(PlanWriter plans, Case calder, Person gavin, Person morag, Person liam, Person ewan, Person rory)
    {
        var plan = plans.Plan(calder, plans.Today.AddMonths(2));
        Guid Entry(string category, Guid? child = null) => plans.Entry(calder, category, child);

        plans.Goal(plan, gavin, BehaviourChange.Stop,
            "Gavin will stop controlling the household money: Morag has her own bank card and Rory's disability benefit is paid to her.",
            "His economic abuse leaves Rory hungry and unkempt and keeps Morag dependent on him.",
            "Rory's benefit is paid to Morag; the school reports Rory arrives fed and in clean clothes; Morag says she has money for food each week.",
            "Benefit records checked monthly; the school's weekly check-in; Morag seen alone at each visit.",
            "The allocated worker, with the school and the benefits office", plans.Today.AddMonths(1),
            [Entry("cc.economic-abuse"), Entry("hc.basic-needs")], "Perpetrator programme (means, not the goal)");
        plans.Goal(plan, gavin, BehaviourChange.Stop,
            "Gavin will stop shouting at, standing over and putting down Morag, in front of the boys or not.",
            "His intimidation and his insults undermine her parenting and are teaching the boys to treat her as he does.",
            "No intimidation or insults reported by Morag, the boys or the school for three months; Ewan no longer repeats his father's insults.",
            "Morag and each boy seen alone every two weeks; police call-outs checked.",
            "The allocated worker", plans.Today.AddMonths(1),
            [Entry("cc.intimidation"), Entry("hc.undermining-parenting")], "");
        plans.Goal(plan, gavin, BehaviourChange.Stop,
            "Gavin will stop hitting the boys; he will find another way to respond when they do not do as he asks.",
            "Physical punishment is harm, and teaches the older boys that violence gets results.",
            "No marks or reports of hitting from the boys, the school or Morag; Gavin describes what he now does instead.",
            "The boys seen alone every two weeks; school observations; interview with Gavin at each review.",
            "The allocated worker", plans.Today.AddMonths(1),
            [Entry("hc.direct-harm")], "");
        plans.Goal(plan, morag, BehaviourChange.Sustain,
            "Morag and the worker will keep her safety plan up to date together, and she will keep using the domestic abuse service's support as she chooses.",
            "Her help-seeking protects the boys; the agency works alongside her, and the change in Gavin's behaviour is asked of him, not of her.",
            "Morag says the plan fits what she already does and that she knows how to reach help.",
            "Discussed with Morag alone at each visit.",
            "The allocated worker with Harbour Domestic Abuse Service", plans.Today.AddMonths(1),
            [Entry("pe.safety")], "Harbour Domestic Abuse Service outreach");
        plans.Goal(plan, rory, BehaviourChange.Start,
            "Rory will have breakfast and a clean uniform each school day, and a trusted adult at school he can go to when he is distressed.",
            "Rory's basic needs are not met because of his father's control of the money, and loud noise and conflict distress him.",
            "The school reports Rory fed, clean and settled on most days; Rory names his trusted adult.",
            "The school's weekly report to the worker.",
            "The school's child-protection lead", plans.Today.AddMonths(1),
            [Entry("ci.basic-needs"), Entry("ci.emotional-behavioural")], "Breakfast club");
        plans.Goal(plan, liam, BehaviourChange.Start,
            "Liam will talk with a youth worker about what he has seen at home and about respect in relationships.",
            "Liam describes his father's treatment of his mother as normal; he has been charged with sexual assault.",
            "Liam can say what he saw at home was abuse, and takes part in the youth offending team's work.",
            "Youth worker's reports to each review.",
            "The youth offending team", plans.Today.AddMonths(1),
            [Entry("ci.emotional-behavioural", liam.Id)], "Youth offending team");
        plans.Goal(plan, ewan, BehaviourChange.Start,
            "Ewan will have time with his mother on his own each week, doing something he chooses.",
            "His father's insults have damaged Ewan's respect for his mother.",
            "Morag and Ewan both say the time happens and that things between them are easier.",
            "Morag and Ewan seen separately at each visit.",
            "The allocated worker", plans.Today.AddMonths(1),
            [Entry("ci.relationship-survivor")], "");

        plans.SafetyPlan(calder, morag,
            "Morag keeps a charged phone hidden in the kitchen; she takes the boys to her sister's when Gavin comes home drunk.",
            "Her sister Fiona; Rory's class teacher.",
            "Fiona's flat; the school office.",
            "If she texts Fiona \"any milk?\", Fiona calls the police.",
            "When Gavin has been drinking and starts shouting: leave with the boys by the back door; call 999 if he follows.");
    }

    /// <summary>The common mistakes: her made responsible for him, his goal only a programme, a joint goal, no child goal, no dates, no map.</summary>
    private static void PlanFairleyBadly(PlanWriter plans, Case fairley, Person craig, Person leanne)
    {
        var plan = plans.Plan(fairley, null);
        plans.Goal(plan, leanne, null, "Leanne will ensure that Craig does not come to the house when he has been drinking.", "", "", "", "", null, [], "");
        plans.Goal(plan, craig, null, "Craig to attend an alcohol awareness programme.", "", "Programme completed.", "", "", null, [], "Alcohol awareness programme");
        plans.Goal(plan, null, null, "Parents will stop arguing in front of Josh.", "", "", "", "", null, [], "Couples counselling");
    }

    /// <summary>Writes plans as the demonstration worker; no I/O until the caller saves.</summary>
    private sealed class PlanWriter(LanternDbContext db, Guid workerId, DateTimeOffset now, DateOnly today)
    {
        public DateOnly Today { get; } = today;

        public CasePlan Plan(Case inCase, DateOnly? nextReview)
        {
            var plan = new CasePlan { CaseId = inCase.Id, Status = PlanStatus.Active, NextReviewOn = nextReview, CreatedById = workerId, CreatedAt = now, UpdatedAt = now };
            db.CasePlans.Add(plan);
            return plan;
        }

        /// <summary>A map entry written earlier in the same seeding (not saved yet), by category and, where it matters, child.</summary>
        public Guid Entry(Case inCase, string category, Guid? child = null) =>
            db.MapEntries.Local.First(e => e.CaseId == inCase.Id && e.CategoryKey == category && (child is null || e.ChildIds.Contains(child.Value))).Id;

        public void Goal(CasePlan plan, Person? person, BehaviourChange? change, string behaviour, string purpose, string indicator, string measure,
            string verifiedBy, DateOnly? reviewOn, Guid[] mapEntries, string services)
        {
            db.PlanGoals.Add(new PlanGoal
            {
                PlanId = plan.Id,
                PersonId = person?.Id,
                Change = change,
                Behaviour = behaviour,
                Purpose = purpose,
                SuccessIndicator = indicator,
                Measure = measure,
                VerifiedBy = verifiedBy,
                ReviewOn = reviewOn,
                Status = GoalStatus.InProgress,
                MapEntryIds = [.. mapEntries],
                Services = services,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }

        public void SafetyPlan(Case inCase, Person person, string strategies, string safePeople, string safePlaces, string codeWords, string whatToDoWhen) =>
            db.SafetyPlans.Add(new SafetyPlan
            {
                CaseId = inCase.Id,
                PersonId = person.Id,
                Strategies = strategies,
                SafePeople = safePeople,
                SafePlaces = safePlaces,
                CodeWords = codeWords,
                WhatToDoWhen = whatToDoWhen,
                CreatedById = workerId,
                CreatedAt = now,
                UpdatedAt = now,
            });
    }
}
