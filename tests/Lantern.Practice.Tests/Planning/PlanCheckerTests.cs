using Lantern.Practice.Planning;
using Xunit;

namespace Lantern.Practice.Tests.Planning;

public sealed class PlanCheckerTests
{
    private static PlanFinding Single(IReadOnlyList<PlanFinding> findings, string ruleId) => Assert.Single(findings, f => f.RuleId == ruleId);

    private static bool Has(IReadOnlyList<PlanFinding> findings, string ruleId) => findings.Any(f => f.RuleId == ruleId);

    [Fact]
    public void Check_GoodFamilyPlan_HasNoFindings()
    {
        var (plan, _, _, _) = PlanBuilder.Good();

        Assert.Empty(PlanChecker.Check(plan.Build()));
    }

    [Fact]
    public void Check_NullPlan_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => PlanChecker.Check(null!));
    }

    [Fact]
    public void Check_EmptyPlan_HasNoFindings()
    {
        Assert.Empty(PlanChecker.Check(new PlanSnapshot([], [], SurvivorHasSafetyPlan: false)));
    }

    [Fact]
    public void Check_PerpetratorWithNoGoal_RaisesFindingNamingHim()
    {
        var plan = new PlanBuilder();
        var dean = plan.Perpetrator();
        var amy = plan.Survivor();
        plan.Goal(amy, "Amy will work with the advocate on her safety plan.");

        var finding = Single(PlanChecker.Check(plan.Build()), PlanChecker.PerpetratorWithoutGoal);

        Assert.Equal(dean.Id, finding.PersonId);
        Assert.Null(finding.GoalId);
        Assert.Contains("Dean Calder", finding.Message, StringComparison.Ordinal);
        Assert.Contains("source of the risk", finding.Message, StringComparison.Ordinal);
        Assert.Contains("leaves the change to Amy Calder", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PerpetratorGivenAGoal_ClearsPerpetratorWithoutGoal()
    {
        var plan = new PlanBuilder();
        var dean = plan.Perpetrator();
        plan.Goal(dean, "Dean will stop checking Amy's phone.");

        Assert.False(Has(PlanChecker.Check(plan.Build()), PlanChecker.PerpetratorWithoutGoal));
    }

    [Fact]
    public void Check_ChildWithNoGoal_RaisesFindingNamingTheChild()
    {
        var (plan, _, _, _) = PlanBuilder.Good();
        var sam = plan.Child("Sam");

        var finding = Assert.Single(PlanChecker.Check(plan.Build()));

        Assert.Equal(PlanChecker.ChildWithoutGoal, finding.RuleId);
        Assert.Equal(sam.Id, finding.PersonId);
        Assert.Contains("Sam has no goal", finding.Message, StringComparison.Ordinal);
        Assert.Contains("healing", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ChildGivenAGoal_ClearsChildWithoutGoal()
    {
        var (plan, _, _, _) = PlanBuilder.Good();
        var sam = plan.Child("Sam");
        plan.Goal(sam, "Sam has a safe adult at school and keeps his football club.");

        Assert.Empty(PlanChecker.Check(plan.Build()));
    }

    [Fact]
    public void Check_GoalForSomeoneNotInThePlan_DoesNotCountAsTheirGoal()
    {
        var plan = new PlanBuilder();
        var dean = plan.Perpetrator();
        plan.Goal(new PlanPerson(Guid.NewGuid(), "Stranger", PlanRole.Perpetrator), "He will stop threatening Amy.");

        var finding = Single(PlanChecker.Check(plan.Build()), PlanChecker.PerpetratorWithoutGoal);

        Assert.Equal(dean.Id, finding.PersonId);
    }

    [Theory]
    [InlineData("Amy will ensure the children have no contact with their father.")]
    [InlineData("Mother will ensure that Dean does not come to the house.")]
    [InlineData("Ms Calder will ensure he does not contact the children.")]
    [InlineData("Amy will make sure Mr Calder stays away from the school.")]
    [InlineData("Amy will not allow Dean to see the children unsupervised.")]
    [InlineData("She will not let him into the family home.")]
    [InlineData("Amy will protect the children from Dean's violence.")]
    [InlineData("Amy will keep the children away from their father.")]
    [InlineData("Amy will prevent him from contacting the children.")]
    [InlineData("Amy will stop Dean from drinking around the children.")]
    [InlineData("Amy will supervise contact between the children and their dad.")]
    [InlineData("To address mother's failure to protect.")]
    [InlineData("AMY WILL ENSURE THE FATHER HAS NO CONTACT WITH LEO.")]
    [InlineData("She will ensure that the children are not left alone with him.")]
    [InlineData("Amy will make sure the children's father does not visit.")]
    [InlineData("Amy will make sure her ex-partner keeps to the contact arrangements.")]
    public void Check_SurvivorGoalMakingHerResponsibleForHim_IsFlagged(string behaviour)
    {
        var (plan, _, amy, _) = PlanBuilder.Good();
        var goal = plan.Goal(amy, behaviour);

        var finding = Single(PlanChecker.Check(plan.Build()), PlanChecker.SurvivorMadeResponsible);

        Assert.Equal(goal.Id, finding.GoalId);
        Assert.Equal(amy.Id, finding.PersonId);
        Assert.Equal(nameof(GoalFacts.Behaviour), finding.Field);
        Assert.Contains("Amy Calder", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Dean Calder's goals", finding.Message, StringComparison.Ordinal);
        Assert.Contains("partnership", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("She will continue to take the children to school.")]
    [InlineData("Ms Calder will work with the advocate on her safety plan.")]
    [InlineData("She will call the police if he comes to the house.")]
    [InlineData("Amy will make sure the children get to their dentist appointments.")]
    [InlineData("Amy will keep her appointments with the domestic abuse service.")]
    [InlineData("Amy will ensure the children attend school every day.")]
    [InlineData("Amy will stop by the family centre when she wants support.")]
    [InlineData("Amy will tell the worker if Dean contacts her, when it is safe to do so.")]
    [InlineData("Amy will keep the children's routines going with support from her sister.")]
    public void Check_SurvivorPartnershipGoal_IsNotFlagged(string behaviour)
    {
        var (plan, _, amy, _) = PlanBuilder.Good();
        plan.Goal(amy, behaviour);

        Assert.False(Has(PlanChecker.Check(plan.Build()), PlanChecker.SurvivorMadeResponsible));
    }

    [Fact]
    public void Check_SameWordsInHisGoal_AreNotSurvivorMadeResponsible()
    {
        var (plan, dean, _, _) = PlanBuilder.Good();
        plan.Goal(dean, "Dean will ensure he does not contact Amy and will keep away from the school.");

        Assert.Empty(PlanChecker.Check(plan.Build()));
    }

    [Theory]
    [InlineData(nameof(GoalFacts.Purpose))]
    [InlineData(nameof(GoalFacts.SuccessIndicator))]
    public void Check_ResponsibilityInAnotherField_PointsAtThatField(string field)
    {
        var (plan, _, amy, _) = PlanBuilder.Good();
        const string text = "Amy keeps the children away from Dean.";
        plan.Goal(amy, "Amy will work with the advocate.", g => field == nameof(GoalFacts.Purpose) ? g with { Purpose = text } : g with { SuccessIndicator = text });

        Assert.Equal(field, Single(PlanChecker.Check(plan.Build()), PlanChecker.SurvivorMadeResponsible).Field);
    }

    [Fact]
    public void Check_SurvivorNamedByFamilyNameOnly_MatchesPerpetratorFamilyName()
    {
        var plan = new PlanBuilder();
        var dean = plan.Perpetrator("Mr Dean Hughes");
        var amy = plan.Survivor("Amy Price");
        plan.Goal(dean, "Dean will stop shouting at the children.");
        plan.Goal(amy, "Ms Price will make sure Hughes stays away.");

        var finding = Single(PlanChecker.Check(plan.Build()), PlanChecker.SurvivorMadeResponsible);

        Assert.Contains("Amy Price", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Mr Dean Hughes", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Parents will stop arguing in front of the children.")]
    [InlineData("Both parents to attend the core group.")]
    [InlineData("The couple will communicate calmly.")]
    [InlineData("Mum and dad will keep the home free of conflict.")]
    [InlineData("They will stop shouting.")]
    public void Check_JointWording_RaisesJointGoal(string behaviour)
    {
        var (plan, dean, _, _) = PlanBuilder.Good();
        var goal = plan.Goal(dean, behaviour);

        var finding = Single(PlanChecker.Check(plan.Build()), PlanChecker.JointGoal);

        Assert.Equal(goal.Id, finding.GoalId);
        Assert.Equal(nameof(GoalFacts.Behaviour), finding.Field);
        Assert.Contains("blurs whose behaviour must change", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_GoalWithNoPerson_RaisesJointGoalNamingBoth()
    {
        var (plan, _, _, _) = PlanBuilder.Good();
        var goal = plan.Goal(null, "Stop the conflict at home.");

        var finding = Assert.Single(PlanChecker.Check(plan.Build()));

        Assert.Equal(PlanChecker.JointGoal, finding.RuleId);
        Assert.Equal(goal.Id, finding.GoalId);
        Assert.Null(finding.PersonId);
        Assert.Contains("for Dean Calder", finding.Message, StringComparison.Ordinal);
        Assert.Contains("for Amy Calder", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_GoalSplitIntoHisOwn_ClearsJointGoal()
    {
        var (plan, dean, _, _) = PlanBuilder.Good();
        plan.Goal(dean, "Dean will stop shouting at Amy in front of the children.");

        Assert.Empty(PlanChecker.Check(plan.Build()));
    }

    [Fact]
    public void Check_TheyWillInTheMiddle_IsNotJoint()
    {
        var (plan, dean, _, _) = PlanBuilder.Good();
        plan.Goal(dean, "Dean will let the children say how they feel when they will see him.");

        Assert.False(Has(PlanChecker.Check(plan.Build()), PlanChecker.JointGoal));
    }

    [Theory]
    [InlineData("Father to attend a perpetrator programme.", "")]
    [InlineData("Dean will complete the Caring Dads course", "Course completed.")]
    [InlineData("He will attend and complete all sessions of the programme.", "Certificate of completion.")]
    [InlineData("Dean to engage with counselling", "Dean attends every session.")]
    [InlineData("Mr Calder will participate in anger management classes.", "Full attendance")]
    [InlineData("", "")]
    public void Check_ServiceOnlyGoal_RaisesServiceOnly(string behaviour, string indicator)
    {
        var (plan, dean, _, _) = PlanBuilder.Good();
        var goal = plan.Goal(dean, behaviour, g => g with { SuccessIndicator = indicator });

        var finding = Single(PlanChecker.Check(plan.Build()), PlanChecker.ServiceOnly);

        Assert.Equal(goal.Id, finding.GoalId);
        Assert.Equal(nameof(GoalFacts.Behaviour), finding.Field);
        Assert.Contains("completion is not change", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Dean Calder", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dean will complete the Caring Dads programme and stop using the children to pass messages to Amy.", "Course completed.")]
    [InlineData("Father to attend a perpetrator programme.", "No threats or name-calling reported by Amy or the children for three months.")]
    [InlineData("Dean will stop calling Amy names in front of the children.", "Programme completed.")]
    public void Check_ServiceWithARealBehaviourOrIndicator_IsNotServiceOnly(string behaviour, string indicator)
    {
        var (plan, dean, _, _) = PlanBuilder.Good();
        plan.Goal(dean, behaviour, g => g with { SuccessIndicator = indicator, Services = ["Caring Dads programme"] });

        Assert.False(Has(PlanChecker.Check(plan.Build()), PlanChecker.ServiceOnly));
    }

    [Fact]
    public void Check_NoSuccessIndicator_PointsAtSuccessIndicatorFirst()
    {
        var (plan, dean, _, _) = PlanBuilder.Good();
        plan.Goal(dean, "Dean will stop checking Amy's phone.", g => g with { SuccessIndicator = "  ", Measure = "" });

        var finding = Single(PlanChecker.Check(plan.Build()), PlanChecker.NoMeasure);

        Assert.Equal(nameof(GoalFacts.SuccessIndicator), finding.Field);
        Assert.Contains("Dean Calder's goal", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoMeasure_PointsAtMeasure()
    {
        var (plan, dean, _, _) = PlanBuilder.Good();
        plan.Goal(dean, "Dean will stop checking Amy's phone.", g => g with { Measure = "" });

        Assert.Equal(nameof(GoalFacts.Measure), Single(PlanChecker.Check(plan.Build()), PlanChecker.NoMeasure).Field);
    }

    [Fact]
    public void Check_MeasureAdded_ClearsNoMeasure()
    {
        var (plan, dean, _, _) = PlanBuilder.Good();
        plan.Goal(dean, "Dean will stop checking Amy's phone.", g => g with { Measure = "Amy's account, monthly." });

        Assert.Empty(PlanChecker.Check(plan.Build()));
    }

    [Fact]
    public void Check_NoReviewDate_RaisesNoReviewDate()
    {
        var (plan, dean, _, _) = PlanBuilder.Good();
        var goal = plan.Goal(dean, "Dean will stop checking Amy's phone.", g => g with { ReviewOn = null });

        var finding = Assert.Single(PlanChecker.Check(plan.Build()));

        Assert.Equal(PlanChecker.NoReviewDate, finding.RuleId);
        Assert.Equal(goal.Id, finding.GoalId);
        Assert.Equal(dean.Id, finding.PersonId);
        Assert.Equal(nameof(GoalFacts.ReviewOn), finding.Field);
    }

    [Fact]
    public void Check_MetGoalWithoutReviewDate_IsNotFlagged()
    {
        var (plan, dean, _, _) = PlanBuilder.Good();
        plan.Goal(dean, "Dean will stop checking Amy's phone.", g => g with { ReviewOn = null, IsMet = true });

        Assert.Empty(PlanChecker.Check(plan.Build()));
    }

    [Fact]
    public void Check_NoMapEntries_RaisesNoMapLink()
    {
        var (plan, dean, _, _) = PlanBuilder.Good();
        var goal = plan.Goal(dean, "Dean will stop checking Amy's phone.", g => g with { MapEntryIds = [] });

        var finding = Assert.Single(PlanChecker.Check(plan.Build()));

        Assert.Equal(PlanChecker.NoMapLink, finding.RuleId);
        Assert.Equal(goal.Id, finding.GoalId);
        Assert.Contains("map", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dean and Amy will attend joint sessions with the family worker.", null)]
    [InlineData("Dean will stop the name-calling.", "Couples counselling")]
    [InlineData("Dean will stop the name-calling.", "Mediation service")]
    [InlineData("Dean will stop the name-calling.", "Relationship counselling")]
    [InlineData("Dean will stop the name-calling.", "Family therapy")]
    [InlineData("Dean will hold joint meetings with Amy about the children.", null)]
    public void Check_JointWorkWithPerpetratorAndSurvivor_RaisesConflict(string behaviour, string? service)
    {
        var (plan, dean, _, _) = PlanBuilder.Good();
        var goal = plan.Goal(dean, behaviour, g => g with { Services = service is null ? [] : [service] });

        var finding = Single(PlanChecker.Check(plan.Build()), PlanChecker.ConflictsWithSafetyPlan);

        Assert.Equal(goal.Id, finding.GoalId);
        Assert.Equal(service is null ? nameof(GoalFacts.Behaviour) : nameof(GoalFacts.Services), finding.Field);
        Assert.Contains("puts Amy Calder at risk and silences her", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_JointWorkWhenSurvivorHasSafetyPlan_SaysItConflictsWithoutItsContent()
    {
        var (plan, dean, _, _) = PlanBuilder.Good();
        plan.SurvivorHasSafetyPlan = true;
        plan.Goal(dean, "Dean will stop the name-calling.", g => g with { Services = ["Couples therapy"] });

        var finding = Single(PlanChecker.Check(plan.Build()), PlanChecker.ConflictsWithSafetyPlan);

        Assert.Contains("conflicts with her safety planning", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("silences", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SeparateServices_ClearConflict()
    {
        var (plan, dean, _, _) = PlanBuilder.Good();
        plan.Goal(dean, "Dean will stop the name-calling.", g => g with { Services = ["Caring Dads programme", "Individual counselling"] });

        Assert.Empty(PlanChecker.Check(plan.Build()));
    }

    [Fact]
    public void Check_FamilyTherapyWithoutAPerpetratorAndSurvivor_IsNotAConflict()
    {
        var plan = new PlanBuilder();
        var amy = plan.Survivor();
        var leo = plan.Child();
        plan.Goal(amy, "Amy and Leo will rebuild their time together.", g => g with { Services = ["Family therapy"] });
        plan.Goal(leo, "Leo feels safe at home.");

        Assert.Empty(PlanChecker.Check(plan.Build()));
    }

    [Fact]
    public void Check_TypicalBadPlan_GivesTheExpectedFindingsInOrder()
    {
        var plan = new PlanBuilder();
        var dean = plan.Perpetrator("Dean Calder");
        var amy = plan.Survivor("Amy Calder");
        var leo = plan.Child("Leo");
        static GoalFacts NoReview(GoalFacts g) => g with { ReviewOn = null };
        var mother = plan.Goal(amy, "Mother will ensure the children have no contact with father.", NoReview);
        var father = plan.Goal(dean, "Father to attend a perpetrator programme.", g => NoReview(g) with { SuccessIndicator = "Programme completed." });
        var parents = plan.Goal(null, "Parents will stop arguing.", NoReview);

        var findings = PlanChecker.Check(plan.Build());

        Assert.Equal(
            [
                (PlanChecker.ChildWithoutGoal, (Guid?)null, (Guid?)leo.Id),
                (PlanChecker.SurvivorMadeResponsible, mother.Id, amy.Id),
                (PlanChecker.NoReviewDate, mother.Id, amy.Id),
                (PlanChecker.ServiceOnly, father.Id, dean.Id),
                (PlanChecker.NoReviewDate, father.Id, dean.Id),
                (PlanChecker.JointGoal, parents.Id, null),
                (PlanChecker.NoReviewDate, parents.Id, null),
            ],
            findings.Select(f => (f.RuleId, f.GoalId, f.PersonId)));
    }

    [Fact]
    public void Check_ManyProblems_OrderedByPersonThenGoalThenRule()
    {
        var plan = new PlanBuilder();
        var mia = plan.Child("Mia");
        var dean = plan.Perpetrator();
        var amy = plan.Survivor();
        var leo = plan.Child("Leo");
        var first = plan.Goal(null, "They will ensure he does not contact the children.", g => g with
        {
            Measure = "",
            ReviewOn = null,
            MapEntryIds = [],
            Services = ["Mediation"],
        });
        var second = plan.Goal(amy, "", g => g with { SuccessIndicator = "", ReviewOn = null });

        var findings = PlanChecker.Check(plan.Build());

        Assert.Equal(
            [
                (PlanChecker.ChildWithoutGoal, (Guid?)null, (Guid?)mia.Id),
                (PlanChecker.PerpetratorWithoutGoal, null, dean.Id),
                (PlanChecker.ChildWithoutGoal, null, leo.Id),
                (PlanChecker.SurvivorMadeResponsible, first.Id, null),
                (PlanChecker.JointGoal, first.Id, null),
                (PlanChecker.NoMeasure, first.Id, null),
                (PlanChecker.NoReviewDate, first.Id, null),
                (PlanChecker.NoMapLink, first.Id, null),
                (PlanChecker.ConflictsWithSafetyPlan, first.Id, null),
                (PlanChecker.ServiceOnly, second.Id, amy.Id),
                (PlanChecker.NoMeasure, second.Id, amy.Id),
                (PlanChecker.NoReviewDate, second.Id, amy.Id),
            ],
            findings.Select(f => (f.RuleId, f.GoalId, f.PersonId)));
        Assert.Equal(findings, PlanChecker.Check(plan.Build()));
    }

    [Fact]
    public void Check_GoalMessages_NameThePerson()
    {
        var plan = new PlanBuilder();
        var dean = plan.Perpetrator("Dean Calder");
        plan.Goal(dean, "", g => g with { SuccessIndicator = "", ReviewOn = null, MapEntryIds = [], Services = ["Couples counselling"] });

        var findings = PlanChecker.Check(plan.Build());

        Assert.Equal(5, findings.Count);
        Assert.All(findings, f => Assert.StartsWith("Dean Calder's goal", f.Message, StringComparison.Ordinal));
        Assert.All(findings, f => Assert.Equal(dean.Id, f.PersonId));
    }

    [Fact]
    public void Check_MessagesAreOneOrTwoSentences()
    {
        var plan = new PlanBuilder();
        var dean = plan.Perpetrator();
        plan.Survivor();
        plan.Child();
        plan.Goal(null, "Parents will ensure he does not come round.", g => g with { Services = ["Mediation"], ReviewOn = null, MapEntryIds = [], Measure = "" });
        plan.Goal(dean, "Father to attend a perpetrator programme.", g => g with { SuccessIndicator = "" });

        foreach (var finding in PlanChecker.Check(plan.Build()))
        {
            var sentences = finding.Message.Split(". ", StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.InRange(sentences, 1, 2);
            Assert.EndsWith(".", finding.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("ensure ")]
    [InlineData("Parents will attend ")]
    [InlineData("make sure that the ")]
    [InlineData("a")]
    public void Check_PathologicalGoalText_Returns(string repeated)
    {
        var text = string.Concat(Enumerable.Repeat(repeated, (20_000 / repeated.Length) + 1))[..20_000];
        var (plan, _, amy, _) = PlanBuilder.Good();
        plan.Goal(amy, text, g => g with { Purpose = text, SuccessIndicator = text, Measure = text, Services = [text] });
        plan.Goal(null, text, g => g with { Purpose = text, SuccessIndicator = text });

        var findings = PlanChecker.Check(plan.Build());

        Assert.NotNull(findings);
    }
}
