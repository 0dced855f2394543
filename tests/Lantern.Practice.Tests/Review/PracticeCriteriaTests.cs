using Lantern.Practice.Language;
using Lantern.Practice.Mapping;
using Lantern.Practice.Planning;
using Lantern.Practice.Review;
using Xunit;

namespace Lantern.Practice.Tests.Review;

/// <summary>
/// The three practice criteria, rule by rule: each starts from the well-documented Calder record, where every
/// requirement supports and no concern is raised, and changes one thing.
/// </summary>
public sealed class PracticeCriteriaTests
{
    private const ReviewCriterion Partnership = ReviewCriterion.PartnershipWithSurvivor;
    private const ReviewCriterion Intervention = ReviewCriterion.InterventionWithPerpetrator;
    private const ReviewCriterion Children = ReviewCriterion.ChildrenSafeAndTogether;

    // (i) Partnership with the survivor

    [Fact]
    public void Score_ExactlyTheMinimumContactsWithHer_ContactSupports()
    {
        var calder = new CalderRecord();
        calder.Notes.RemoveAll(n => n.With == ContactWith.Survivor);
        var first = calder.Note(ContactWith.Survivor);
        var second = calder.Note(ContactWith.Survivor);

        var reason = calder.Score().Supports(ReviewPreScorer.SurvivorContact);

        Assert.Equal(ReviewPreScorer.MinSurvivorContacts, 2);
        Assert.Equal([first.Id, second.Id], reason.Ids(EvidenceKind.Note));
        Assert.StartsWith("2 contacts with the survivor are recorded.", reason.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_OneContactWithHer_ContactCountsAgainstAndLinksTheNote()
    {
        var calder = new CalderRecord();
        calder.Notes.RemoveAll(n => n.With == ContactWith.Survivor);
        var only = calder.Note(ContactWith.Survivor);

        var scores = calder.Score();

        var reason = scores.CountsAgainst(ReviewPreScorer.SurvivorContact);
        Assert.Equal([only.Id], reason.Ids(EvidenceKind.Note));
        Assert.Contains("fewer than the 2 expected", reason.Text, StringComparison.Ordinal);
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Partnership));
    }

    [Fact]
    public void Score_NoContactWithHer_ContactSaysItIsMissing()
    {
        var calder = new CalderRecord();
        calder.Notes.RemoveAll(n => n.With == ContactWith.Survivor);

        var reason = calder.Score().CountsAgainst(ReviewPreScorer.SurvivorContact);

        Assert.StartsWith("No contact with the survivor is recorded.", reason.Text, StringComparison.Ordinal);
        Assert.Empty(reason.Evidence);
    }

    [Fact]
    public void Score_HerEffortsFromHerAccountOrConfirmed_EffortsHeardSupports()
    {
        var calder = new CalderRecord();
        calder.Remove(MapComponent.ProtectiveEfforts);
        var own = calder.Entry(MapComponent.ProtectiveEfforts, "pe.safety", EvidenceSource.SurvivorInterview, e => e with { AdultId = calder.Morag.Id });

        Assert.Equal([own.Id], calder.Score().Supports(ReviewPreScorer.SurvivorEffortsHeard).Ids(EvidenceKind.MapEntry));
    }

    [Fact]
    public void Score_HerEffortsOnlyInHisUnconfirmedAccount_EffortsHeardCountsAgainst()
    {
        var calder = new CalderRecord();
        calder.Remove(MapComponent.ProtectiveEfforts);
        var his = calder.Entry(MapComponent.ProtectiveEfforts, "pe.safety", EvidenceSource.PerpetratorInterview, e => e with { AdultId = calder.Morag.Id });

        var reason = calder.Score().CountsAgainst(ReviewPreScorer.SurvivorEffortsHeard);
        Assert.Contains("only from the perpetrator's account", reason.Text, StringComparison.Ordinal);

        calder.Change(his, e => e with { Verified = true });
        calder.Score().Supports(ReviewPreScorer.SurvivorEffortsHeard);
    }

    [Fact]
    public void Score_NoEffortsOfHers_EffortsHeardCountsAgainstAndLinksTheGap()
    {
        var calder = new CalderRecord();
        calder.Remove(MapComponent.ProtectiveEfforts);

        var reason = calder.Score().CountsAgainst(ReviewPreScorer.SurvivorEffortsHeard);

        Assert.Equal([MapGapRules.ComponentEmpty], reason.RuleIds(EvidenceKind.MapGap));
    }

    [Fact]
    public void Score_AnotherAdultsEffort_IsNotHers()
    {
        var calder = new CalderRecord();
        calder.Remove(MapComponent.ProtectiveEfforts);
        var gran = calder.Person("Fiona", MapRole.OtherAdult);
        calder.Entry(MapComponent.ProtectiveEfforts, "pe.safety", EvidenceSource.SurvivorInterview, e => e with { AdultId = gran.Id, ChildIds = [calder.Rory.Id] });

        var scores = calder.Score();

        scores.CountsAgainst(ReviewPreScorer.SurvivorEffortsHeard);
        scores.CountsAgainst(ReviewPreScorer.ChildrenHerEfforts);
        scores.CountsAgainst(ReviewPreScorer.EffortsRecorded);
    }

    [Fact]
    public void Score_SafetyPlan_SafetyPlanSupportsBothPartnershipAndChildren()
    {
        var scores = new CalderRecord().Score();

        Assert.Equal([EvidenceKind.SafetyPlan], scores.Supports(ReviewPreScorer.SurvivorSafetyPlan).Evidence.Select(e => e.Kind));
        Assert.Equal([EvidenceKind.SafetyPlan], scores.Supports(ReviewPreScorer.ChildrenSafetyPlan).Evidence.Select(e => e.Kind));
    }

    [Fact]
    public void Score_NoSafetyPlan_SafetyPlanCountsAgainstBoth()
    {
        var calder = new CalderRecord { SurvivorHasSafetyPlan = false };

        var scores = calder.Score();

        Assert.StartsWith("No safety plan is recorded for the survivor.", scores.CountsAgainst(ReviewPreScorer.SurvivorSafetyPlan).Text, StringComparison.Ordinal);
        scores.CountsAgainst(ReviewPreScorer.ChildrenSafetyPlan);
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Partnership));
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Children));
    }

    [Fact]
    public void Score_NoPlanAtAll_SafetyPlanSaysThereIsNoPlan()
    {
        var calder = new CalderRecord { HasPlan = false };

        Assert.StartsWith("There is no case plan", calder.Score().CountsAgainst(ReviewPreScorer.SurvivorSafetyPlan).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_GoalMakingHerResponsibleForHim_CountsAgainstPartnershipAndChildren()
    {
        var calder = new CalderRecord();
        var goal = calder.Goal(calder.Morag, BehaviourChange.Start,
            "Morag will ensure that Gavin does not come to the house when he has been drinking.",
            "The boys are safe.", "Gavin is not at the house when drunk.", "Weekly check.", [calder.Intimidation.Id]);

        var scores = calder.Score();

        foreach (var rule in new[] { ReviewPreScorer.SurvivorMadeResponsible, ReviewPreScorer.ChildrenMadeResponsible })
        {
            var reason = scores.CountsAgainst(rule);
            Assert.Equal([new EvidenceLink(EvidenceKind.PlanFinding, goal.Id, PlanChecker.SurvivorMadeResponsible)], reason.Evidence);
            Assert.StartsWith("1 goal in the plan makes the survivor responsible", reason.Text, StringComparison.Ordinal);
        }

        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Partnership));
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Children));
    }

    [Fact]
    public void Score_HerGoalAboutPartnership_RaisesNoMadeResponsible()
    {
        var scores = new CalderRecord().Score();

        Assert.False(scores.Has(ReviewPreScorer.SurvivorMadeResponsible));
        Assert.False(scores.Has(ReviewPreScorer.ChildrenMadeResponsible));
    }

    [Fact]
    public void Score_BlamingAndMutualisingLanguageAtTheLimit_CountsAgainstPartnership()
    {
        var calder = new CalderRecord();
        // 3,200 + 800 = 4,000 words; the limit of 0.5 per 1,000 words is 2 phrases.
        var note = calder.NoteWithLanguage(800, LanguageCategories.VictimBlaming, 1, LanguageCategories.Mutualizing, 1);

        var scores = calder.Score();

        var reason = scores.CountsAgainst(ReviewPreScorer.SurvivorBlamingLanguage);
        Assert.Equal([note.Id], reason.Ids(EvidenceKind.Note));
        Assert.StartsWith("2 phrases in 1 note blame the survivor", reason.Text, StringComparison.Ordinal);
        Assert.Contains("0.5 per 1,000 words", reason.Text, StringComparison.Ordinal);
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Partnership));
    }

    [Fact]
    public void Score_BlamingLanguageBelowTheLimit_RaisesNothing()
    {
        var calder = new CalderRecord();
        calder.NoteWithLanguage(800, LanguageCategories.VictimBlaming, 1);

        Assert.False(calder.Score().Has(ReviewPreScorer.SurvivorBlamingLanguage));
    }

    [Fact]
    public void Score_LanguageOfOtherCategories_DoesNotCountAsBlaming()
    {
        var calder = new CalderRecord();
        calder.NoteWithLanguage(100, LanguageCategories.Minimizing, 5);

        Assert.False(calder.Score().Has(ReviewPreScorer.SurvivorBlamingLanguage));
    }

    // (ii) Intervention with the perpetrator

    [Fact]
    public void Score_PerpetratorOnTheRecord_IdentifiedSupportsNamingHim()
    {
        var reason = new CalderRecord().Score().Supports(ReviewPreScorer.PerpetratorIdentified);

        Assert.StartsWith("Gavin Calder is recorded as the person causing harm.", reason.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_NoPerpetratorOnTheRecord_IdentifiedCountsAgainstAndLinksTheGap()
    {
        var calder = new CalderRecord();
        calder.People.RemoveAll(p => p.Role == MapRole.Perpetrator);
        calder.PlanPeople.RemoveAll(p => p.Role == PlanRole.Perpetrator);

        var scores = calder.Score();

        Assert.Equal([MapGapRules.NoPerpetrator], scores.CountsAgainst(ReviewPreScorer.PerpetratorIdentified).RuleIds(EvidenceKind.MapGap));
        scores.CountsAgainst(ReviewPreScorer.PerpetratorGoal);
        scores.CountsAgainst(ReviewPreScorer.FactorsPerpetrator);
    }

    [Fact]
    public void Score_NotesOfContactWithHim_ContactSupports()
    {
        var calder = new CalderRecord();
        calder.Change(calder.Belt, e => e with { Source = EvidenceSource.ChildInterview });
        calder.Change(calder.GavinDrinks, e => e with { Source = EvidenceSource.Health });

        var reason = calder.Score().Supports(ReviewPreScorer.PerpetratorContact);

        Assert.Equal(2, reason.Evidence.Count);
        Assert.All(reason.Evidence, e => Assert.Equal(EvidenceKind.Note, e.Kind));
        Assert.Contains("(2 notes of contact)", reason.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_NoContactWithHimAnywhere_ContactCountsAgainstAndLinksTheGap()
    {
        var calder = new CalderRecord();
        calder.Notes.RemoveAll(n => n.With == ContactWith.Perpetrator);
        calder.Change(calder.Belt, e => e with { Source = EvidenceSource.ChildInterview });
        calder.Change(calder.GavinDrinks, e => e with { Source = EvidenceSource.Health });

        var scores = calder.Score();

        var reason = scores.CountsAgainst(ReviewPreScorer.PerpetratorContact);
        Assert.StartsWith("No interview or contact with Gavin Calder is recorded.", reason.Text, StringComparison.Ordinal);
        Assert.Equal([MapGapRules.PerpetratorNotInterviewed], reason.RuleIds(EvidenceKind.MapGap));
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Intervention));
    }

    [Fact]
    public void Score_InterviewNotedOnTheCaseOnly_ContactSupports()
    {
        var calder = new CalderRecord();
        calder.Notes.RemoveAll(n => n.With == ContactWith.Perpetrator);
        calder.Change(calder.Belt, e => e with { Source = EvidenceSource.ChildInterview });
        calder.Change(calder.GavinDrinks, e => e with { Source = EvidenceSource.Health });
        calder.Interviewed.Add(calder.Gavin.Id);

        var reason = calder.Score().Supports(ReviewPreScorer.PerpetratorContact);

        Assert.Contains("an interview noted on the case", reason.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_TwoPerpetratorsAndNotesThatCannotSayWhich_ContactCountsAgainstTheOneNotReached()
    {
        var calder = new CalderRecord();
        var darren = calder.Person("Darren Moss", MapRole.Perpetrator);

        var reason = calder.Score().CountsAgainst(ReviewPreScorer.PerpetratorContact);

        Assert.StartsWith("No interview or contact with Darren Moss is recorded.", reason.Text, StringComparison.Ordinal);
        Assert.Single(reason.Evidence, e => e.RuleId == MapGapRules.PerpetratorNotInterviewed);

        calder.Entry(MapComponent.CoerciveControl, "cc.threats", EvidenceSource.PerpetratorInterview, e => e with { PerpetratorId = darren.Id });
        calder.Score().Supports(ReviewPreScorer.PerpetratorContact);
    }

    [Fact]
    public void Score_HisGoalWithoutAMeasure_GoalCountsAgainstAndLinksTheGoal()
    {
        var calder = new CalderRecord();
        calder.Goals.RemoveAll(g => g.PersonId == calder.Gavin.Id && g.Id != calder.GavinHittingGoal.Id);
        calder.ChangeGoal(calder.GavinHittingGoal, g => g with { Measure = " " });

        var scores = calder.Score();

        var reason = scores.CountsAgainst(ReviewPreScorer.PerpetratorGoal);
        Assert.Equal([calder.GavinHittingGoal.Id], reason.Ids(EvidenceKind.PlanGoal));
        Assert.StartsWith("No behaviour-based, measurable goal is recorded for Gavin Calder", reason.Text, StringComparison.Ordinal);
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Intervention));
    }

    [Fact]
    public void Score_HisGoalWithoutAChange_GoalCountsAgainst()
    {
        var calder = new CalderRecord();
        calder.Goals.RemoveAll(g => g.PersonId == calder.Gavin.Id && g.Id != calder.GavinHittingGoal.Id);

        calder.Score().Supports(ReviewPreScorer.PerpetratorGoal);

        calder.ChangeGoal(calder.GavinHittingGoal, g => g with { Change = null });
        calder.Score().CountsAgainst(ReviewPreScorer.PerpetratorGoal);
    }

    [Fact]
    public void Score_NoGoalsForHim_GoalCountsAgainstAndLinksTheCheckersFinding()
    {
        var calder = new CalderRecord();
        calder.Goals.RemoveAll(g => g.PersonId == calder.Gavin.Id);

        var reason = calder.Score().CountsAgainst(ReviewPreScorer.PerpetratorGoal);

        Assert.Equal([new EvidenceLink(EvidenceKind.PlanFinding, null, PlanChecker.PerpetratorWithoutGoal)], reason.Evidence);
    }

    [Fact]
    public void Score_NoPlan_GoalSaysThereIsNoPlan()
    {
        var calder = new CalderRecord { HasPlan = false };

        var scores = calder.Score();

        Assert.StartsWith("There is no case plan, so nothing says what Gavin Calder must stop or start doing.", scores.CountsAgainst(ReviewPreScorer.PerpetratorGoal).Text, StringComparison.Ordinal);
        Assert.StartsWith("There is no case plan, so none of Liam, Ewan and Rory has a goal", scores.CountsAgainst(ReviewPreScorer.ChildrenGoal).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_ServiceOnlyGoalForHim_CountsAgainstButHisOtherGoalsStillSupport()
    {
        var calder = new CalderRecord();
        var goal = calder.Goal(calder.Gavin, BehaviourChange.Start, "Gavin to attend a perpetrator programme.", "Reduce risk.",
            "Programme completed.", "Attendance record.", [calder.Violence.Id]);

        var scores = calder.Score();

        var reason = scores.CountsAgainst(ReviewPreScorer.PerpetratorServiceOnly);
        Assert.Equal([new EvidenceLink(EvidenceKind.PlanFinding, goal.Id, PlanChecker.ServiceOnly)], reason.Evidence);
        Assert.StartsWith("1 of the perpetrator's goals asks only that he attend or complete a service.", reason.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(goal.Id, scores.Supports(ReviewPreScorer.PerpetratorGoal).Ids(EvidenceKind.PlanGoal));
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Intervention));
    }

    [Fact]
    public void Score_ServiceWithABehaviourChange_RaisesNoServiceOnly()
    {
        var calder = new CalderRecord();
        calder.Goal(calder.Gavin, BehaviourChange.Stop, "Gavin will stop threatening Morag and will attend a perpetrator programme as a means to it.", "Reduce risk.",
            "No threats reported by Morag or the boys for three months.", "Fortnightly check with Morag alone.", [calder.Violence.Id]);

        Assert.False(calder.Score().Has(ReviewPreScorer.PerpetratorServiceOnly));
    }

    [Fact]
    public void Score_ServiceOnlyGoalForHer_IsNotHeldAgainstIntervention()
    {
        var calder = new CalderRecord();
        calder.Goal(calder.Morag, BehaviourChange.Start, "Morag to attend a parenting course.", "Support.", "Course completed.", "Attendance.", [calder.Routine.Id]);

        Assert.False(calder.Score().Has(ReviewPreScorer.PerpetratorServiceOnly));
    }

    [Fact]
    public void Score_GoalForBothParents_JointGoalCountsAgainst()
    {
        var calder = new CalderRecord();
        var goal = calder.Goal(null, BehaviourChange.Stop, "Parents will stop arguing in front of the boys.", "The boys feel safe.",
            "No arguments reported by the school.", "Monthly check.", [calder.Intimidation.Id]);

        var reason = calder.Score().CountsAgainst(ReviewPreScorer.PerpetratorJointGoal);

        Assert.Equal([new EvidenceLink(EvidenceKind.PlanFinding, goal.Id, PlanChecker.JointGoal)], reason.Evidence);
    }

    [Fact]
    public void Score_SeparateGoalsForEachParent_RaisesNoJointGoal()
    {
        Assert.False(new CalderRecord().Score().Has(ReviewPreScorer.PerpetratorJointGoal));
    }

    [Fact]
    public void Score_PerpetratorInvisibleLanguageAtTheLimit_CountsAgainstIntervention()
    {
        var calder = new CalderRecord();
        var note = calder.NoteWithLanguage(800, LanguageCategories.PerpetratorInvisible, 2);

        var scores = calder.Score();

        Assert.Equal([note.Id], scores.CountsAgainst(ReviewPreScorer.PerpetratorInvisibleLanguage).Ids(EvidenceKind.Note));
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Intervention));
    }

    [Fact]
    public void Score_PerpetratorInvisibleLanguageBelowTheLimit_RaisesNothing()
    {
        var calder = new CalderRecord();
        calder.NoteWithLanguage(800, LanguageCategories.PerpetratorInvisible, 1);

        Assert.False(calder.Score().Has(ReviewPreScorer.PerpetratorInvisibleLanguage));
    }

    [Fact]
    public void Score_DoubleStandardLanguageAtTheLimit_CountsAgainstIntervention()
    {
        var calder = new CalderRecord();
        var note = calder.NoteWithLanguage(800, LanguageCategories.DoubleStandard, 2);

        Assert.Equal([note.Id], calder.Score().CountsAgainst(ReviewPreScorer.PerpetratorDoubleStandardLanguage).Ids(EvidenceKind.Note));
    }

    [Fact]
    public void Score_DoubleStandardLanguageBelowTheLimit_RaisesNothing()
    {
        var calder = new CalderRecord();
        calder.NoteWithLanguage(800, LanguageCategories.DoubleStandard, 1);

        Assert.False(calder.Score().Has(ReviewPreScorer.PerpetratorDoubleStandardLanguage));
    }

    [Fact]
    public void Score_LanguageInNotesWithNoWordCount_CountsAgainst()
    {
        var calder = new CalderRecord();
        calder.Notes.Clear();
        calder.Note(ContactWith.Other, 0, (LanguageCategories.PerpetratorInvisible, 1));

        Assert.Contains("no words counted", calder.Score().CountsAgainst(ReviewPreScorer.PerpetratorInvisibleLanguage).Text, StringComparison.Ordinal);
    }

    // (iii) Children safe and together with the survivor

    [Fact]
    public void Score_EveryChildHasAGoal_GoalSupports()
    {
        var reason = new CalderRecord().Score().Supports(ReviewPreScorer.ChildrenGoal);

        Assert.StartsWith("Every child (Liam, Ewan and Rory) has a goal of their own", reason.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_AChildWithoutAGoal_GoalCountsAgainstNamingTheChild()
    {
        var calder = new CalderRecord();
        calder.Goals.RemoveAll(g => g.Id == calder.EwanGoal.Id);

        var scores = calder.Score();

        var reason = scores.CountsAgainst(ReviewPreScorer.ChildrenGoal);
        Assert.StartsWith("Ewan has no goal of their own.", reason.Text, StringComparison.Ordinal);
        Assert.Equal([PlanChecker.ChildWithoutGoal], reason.RuleIds(EvidenceKind.PlanFinding));
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Children));
    }

    [Fact]
    public void Score_NoChildrenOnTheRecord_GoalCountsAgainst()
    {
        var calder = new CalderRecord();
        calder.People.RemoveAll(p => p.Role == MapRole.Child);
        calder.PlanPeople.RemoveAll(p => p.Role == PlanRole.Child);

        Assert.StartsWith("No child is recorded", calder.Score().CountsAgainst(ReviewPreScorer.ChildrenGoal).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_ChildOnlyOnTheMap_StillNeedsAGoal()
    {
        var calder = new CalderRecord();
        calder.Person("Sam", MapRole.Child, inPlan: false);

        Assert.StartsWith("Sam has no goal", calder.Score().CountsAgainst(ReviewPreScorer.ChildrenGoal).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_HerEffortsRecordedForTheChildren_HerEffortsSupports()
    {
        var calder = new CalderRecord();

        var reason = calder.Score().Supports(ReviewPreScorer.ChildrenHerEfforts);

        Assert.Equal([calder.CalledPolice.Id, calder.Routine.Id, calder.Shoes.Id], reason.Ids(EvidenceKind.MapEntry));
    }

    [Fact]
    public void Score_HerEffortsWithNoChildNamed_HerEffortsCountsAgainst()
    {
        var calder = new CalderRecord();
        foreach (var effort in new[] { calder.CalledPolice, calder.Routine, calder.Shoes })
        {
            calder.Change(effort, e => e with { ChildIds = [] });
        }

        var scores = calder.Score();

        scores.CountsAgainst(ReviewPreScorer.ChildrenHerEfforts);
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Children));
    }

    [Fact]
    public void Score_UnderminedEffortNamingHim_UnderminingSupports()
    {
        new CalderRecord().Score().Supports(ReviewPreScorer.ChildrenUnderminingNamed);
    }

    [Fact]
    public void Score_UnderminedEffortNotNamingHim_UnderminingCountsAgainstAndLinksTheEffort()
    {
        var calder = new CalderRecord();
        calder.Change(calder.CalledPolice, e => e with { PerpetratorId = null });

        var scores = calder.Score();

        var reason = scores.CountsAgainst(ReviewPreScorer.ChildrenUnderminingNamed);
        Assert.Equal([calder.CalledPolice.Id], reason.Ids(EvidenceKind.MapEntry));
        Assert.Contains("her failure to protect", reason.Text, StringComparison.Ordinal);
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Children));
    }

    [Fact]
    public void Score_NoEffortUndermined_UnderminingDoesNotApply()
    {
        var calder = new CalderRecord();
        calder.Change(calder.CalledPolice, e => e with { UnderminedByPerpetrator = false, PerpetratorId = null });

        var scores = calder.Score();

        Assert.False(scores.Has(ReviewPreScorer.ChildrenUnderminingNamed));
        Assert.Equal(ReviewRating.ClearlyEvident, scores.Rating(Children));
    }

    [Fact]
    public void Score_JointWorkProposed_JointWorkCountsAgainstChildren()
    {
        var calder = new CalderRecord();
        calder.ChangeGoal(calder.GavinIntimidationGoal, g => g with { Services = ["Couples counselling"] });

        var scores = calder.Score();

        var reason = scores.CountsAgainst(ReviewPreScorer.ChildrenJointWork);
        Assert.Equal([new EvidenceLink(EvidenceKind.PlanFinding, calder.GavinIntimidationGoal.Id, PlanChecker.ConflictsWithSafetyPlan)], reason.Evidence);
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Children));
    }

    [Fact]
    public void Score_ServicesForHimAlone_RaiseNoJointWork()
    {
        var calder = new CalderRecord();
        calder.ChangeGoal(calder.GavinIntimidationGoal, g => g with { Services = ["Perpetrator programme"] });

        Assert.False(calder.Score().Has(ReviewPreScorer.ChildrenJointWork));
    }
}
