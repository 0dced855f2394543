using System.Reflection;
using Lantern.Practice.Language;
using Lantern.Practice.Mapping;
using Lantern.Practice.Planning;
using Lantern.Practice.Review;
using Lantern.Practice.Tests.Language;
using Xunit;

namespace Lantern.Practice.Tests.Review;

/// <summary>The pre-scorer as a whole: shape, the empty and the well-documented record, determinism, ratings, rule ids and their documentation.</summary>
public sealed class ReviewPreScorerTests
{
    private static readonly ReviewCriterion[] Criteria = Enum.GetValues<ReviewCriterion>();

    private static CaseRecordFacts Empty()
    {
        var map = new MapSnapshot([], []);
        return new CaseRecordFacts(map, MapGapRules.Find(map, CaseRecordBuilder.Today), null, [], []);
    }

    /// <summary>Every public rule id constant on the scorer.</summary>
    private static string[] RuleIds() =>
    [
        .. typeof(ReviewPreScorer).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name != nameof(ReviewPreScorer.Version))
            .Select(f => (string)f.GetRawConstantValue()!),
    ];

    [Fact]
    public void Score_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ReviewPreScorer.Score(null!));
    }

    [Fact]
    public void Score_AnyRecord_GivesEightScoresInCriterionOrder()
    {
        Assert.Equal(Criteria, ReviewPreScorer.Score(Empty()).Select(s => s.Criterion));
        Assert.Equal(Criteria, new CalderRecord().Score().Select(s => s.Criterion));
    }

    [Fact]
    public void Score_EmptyRecord_IsNotEvidentEverywhereAndSaysWhatIsMissing()
    {
        var scores = ReviewPreScorer.Score(Empty());

        Assert.All(scores, s =>
        {
            Assert.Equal(ReviewRating.NotEvident, s.Rating);
            Assert.NotEmpty(s.Reasons);
            Assert.All(s.Reasons, r =>
            {
                Assert.False(r.Supports);
                Assert.StartsWith("review.", r.RuleId, StringComparison.Ordinal);
                Assert.Matches("^(No|Nothing|None|There is no) ", r.Text);
            });
        });
        Assert.Equal(
            [
                [ReviewPreScorer.SurvivorContact, ReviewPreScorer.SurvivorEffortsHeard, ReviewPreScorer.SurvivorSafetyPlan],
                [ReviewPreScorer.PerpetratorIdentified, ReviewPreScorer.PerpetratorContact, ReviewPreScorer.PerpetratorGoal],
                [ReviewPreScorer.ChildrenGoal, ReviewPreScorer.ChildrenHerEfforts, ReviewPreScorer.ChildrenSafetyPlan],
                [ReviewPreScorer.PatternRecorded],
                [ReviewPreScorer.HarmRecorded],
                [ReviewPreScorer.EffortsRecorded],
                [ReviewPreScorer.ImpactRecorded],
                [ReviewPreScorer.FactorsRecorded],
            ],
            scores.Select(s => s.Reasons.Select(r => r.RuleId).ToArray()));
    }

    [Fact]
    public void Score_EmptyRecord_LinksTheMapsOwnGaps()
    {
        var scores = ReviewPreScorer.Score(Empty());

        Assert.Equal([MapGapRules.NoPerpetrator], scores.Reason(ReviewPreScorer.PerpetratorIdentified).RuleIds(EvidenceKind.MapGap));
        foreach (var rule in new[] { ReviewPreScorer.SurvivorEffortsHeard, ReviewPreScorer.PatternRecorded, ReviewPreScorer.HarmRecorded, ReviewPreScorer.EffortsRecorded, ReviewPreScorer.ImpactRecorded, ReviewPreScorer.FactorsRecorded })
        {
            var link = Assert.Single(scores.Reason(rule).Evidence);
            Assert.Equal(new EvidenceLink(EvidenceKind.MapGap, null, MapGapRules.ComponentEmpty), link);
        }
    }

    [Fact]
    public void Score_RecordWithNullLists_IsReadAsEmpty()
    {
        var facts = new CaseRecordFacts(new MapSnapshot(null!, null!), null!, new PlanSnapshot(null!, null!, false), null!, null!);

        var scores = ReviewPreScorer.Score(facts);

        Assert.All(scores, s => Assert.Equal(ReviewRating.NotEvident, s.Rating));
    }

    [Fact]
    public void Score_CalderFixture_HasNoGapsAndNoPlanFindings()
    {
        var facts = new CalderRecord().Build();

        Assert.Empty(facts.Gaps);
        Assert.Empty(facts.PlanFindings);
    }

    [Fact]
    public void Score_WellDocumentedRecord_IsClearlyEvidentOnEveryCriterion()
    {
        var scores = new CalderRecord().Score();

        Assert.All(scores, s =>
        {
            Assert.True(s.Rating == ReviewRating.ClearlyEvident,
                $"{s.Criterion} is {s.Rating}: {string.Join(" | ", s.Reasons.Where(r => !r.Supports).Select(r => r.RuleId + ": " + r.Text))}");
            Assert.All(s.Reasons, r => Assert.True(r.Supports));
        });
    }

    [Fact]
    public void Score_WellDocumentedRecord_EverySupportingReasonButNamingHimLinksEvidence()
    {
        var scores = new CalderRecord().Score();

        Assert.All(scores.SelectMany(s => s.Reasons).Where(r => r.RuleId != ReviewPreScorer.PerpetratorIdentified), r => Assert.NotEmpty(r.Evidence));
    }

    [Fact]
    public void Score_WellDocumentedRecord_EvidencePointsAtTheRightRecords()
    {
        var calder = new CalderRecord();
        var scores = calder.Score();
        Guid? Id(MapEntryFacts e) => e.Id;
        Guid? Goal(GoalFacts g) => g.Id;
        Guid?[] NotesWith(ContactWith with) => [.. calder.Notes.Where(n => n.With == with).Select(n => (Guid?)n.Id)];

        Assert.Equal(NotesWith(ContactWith.Survivor), scores.Reason(ReviewPreScorer.SurvivorContact).Ids(EvidenceKind.Note));
        Assert.Equal([Id(calder.CalledPolice), Id(calder.Routine), Id(calder.Shoes)], scores.Reason(ReviewPreScorer.SurvivorEffortsHeard).Ids(EvidenceKind.MapEntry));
        Assert.Equal([new EvidenceLink(EvidenceKind.SafetyPlan, null)], scores.Reason(ReviewPreScorer.SurvivorSafetyPlan).Evidence);
        Assert.Equal(NotesWith(ContactWith.Perpetrator), scores.Reason(ReviewPreScorer.PerpetratorContact).Ids(EvidenceKind.Note));
        Assert.Equal([Id(calder.Belt), Id(calder.GavinDrinks)], scores.Reason(ReviewPreScorer.PerpetratorContact).Ids(EvidenceKind.MapEntry));
        Assert.Equal([Goal(calder.GavinMoneyGoal), Goal(calder.GavinIntimidationGoal), Goal(calder.GavinHittingGoal)], scores.Reason(ReviewPreScorer.PerpetratorGoal).Ids(EvidenceKind.PlanGoal));
        Assert.Equal([Goal(calder.LiamGoal), Goal(calder.EwanGoal), Goal(calder.RoryGoal)], scores.Reason(ReviewPreScorer.ChildrenGoal).Ids(EvidenceKind.PlanGoal));
        Assert.Equal([Id(calder.CalledPolice)], scores.Reason(ReviewPreScorer.ChildrenUnderminingNamed).Ids(EvidenceKind.MapEntry));
        Assert.Equal([Id(calder.Economic), Id(calder.Violence), Id(calder.Intimidation), Id(calder.Hostility)], scores.Reason(ReviewPreScorer.PatternCorroborated).Ids(EvidenceKind.MapEntry));
        Assert.Equal([Id(calder.Demeaning), Id(calder.Needs), Id(calder.Belt)], scores.Reason(ReviewPreScorer.HarmRecorded).Ids(EvidenceKind.MapEntry));
        Assert.Equal([Id(calder.RoryHungry), Id(calder.RoryDistressed), Id(calder.LiamCharged), Id(calder.EwanInsults)], scores.Reason(ReviewPreScorer.ImpactCausesLinked).Ids(EvidenceKind.MapEntry));
        Assert.Equal([Id(calder.GavinDrinks)], scores.Reason(ReviewPreScorer.FactorsPerpetrator).Ids(EvidenceKind.MapEntry));
        Assert.Equal([Id(calder.MoragMoney)], scores.Reason(ReviewPreScorer.FactorsSurvivor).Ids(EvidenceKind.MapEntry));
        Assert.Equal([Id(calder.GavinDrinks), Id(calder.MoragMoney)], scores.Reason(ReviewPreScorer.FactorsInteraction).Ids(EvidenceKind.MapEntry));
    }

    [Fact]
    public void Score_SameFactsTwice_GivesTheSameScores()
    {
        var calder = new CalderRecord();
        calder.Entries.RemoveAll(e => e.Id == calder.Isolation.Id || e.Id == calder.Hostility.Id);
        calder.Person("Sam", MapRole.Child);
        calder.NoteWithLanguage(400, LanguageCategories.VictimBlaming, 3);
        var facts = calder.Build();

        var first = ReviewPreScorer.Score(facts).Describe();
        var second = ReviewPreScorer.Score(facts).Describe();

        Assert.Equal(first, second);
        Assert.Equal(first, ReviewPreScorer.Score(facts with { Gaps = [.. facts.Gaps], Notes = [.. facts.Notes] }).Describe());
    }

    [Fact]
    public void RatingFor_NoReasons_IsNotEvident()
    {
        Assert.Equal(ReviewRating.NotEvident, ReviewPreScorer.RatingFor([]));
    }

    [Fact]
    public void RatingFor_OnlyReasonsAgainst_IsNotEvident()
    {
        Assert.Equal(ReviewRating.NotEvident, ReviewPreScorer.RatingFor([new ScoreReason("a", "", false, []), new ScoreReason("b", "", false, [])]));
    }

    [Fact]
    public void RatingFor_SupportAndReasonAgainst_IsPartlyEvident()
    {
        Assert.Equal(ReviewRating.PartlyEvident, ReviewPreScorer.RatingFor([new ScoreReason("a", "", true, []), new ScoreReason("b", "", false, [])]));
    }

    [Fact]
    public void RatingFor_OnlySupport_IsClearlyEvident()
    {
        Assert.Equal(ReviewRating.ClearlyEvident, ReviewPreScorer.RatingFor([new ScoreReason("a", "", true, []), new ScoreReason("b", "", true, [])]));
    }

    [Fact]
    public void Score_EveryCriterion_RatingFollowsItsReasons()
    {
        var calder = new CalderRecord();
        calder.Remove(MapComponent.ProtectiveEfforts);
        calder.Notes.RemoveAt(0);
        calder.Person("Darren Moss", MapRole.Perpetrator);

        Assert.All(calder.Score(), s => Assert.Equal(ReviewPreScorer.RatingFor(s.Reasons), s.Rating));
    }

    [Fact]
    public void Version_IsSet()
    {
        Assert.Matches(@"^\d{4}\.\d{1,2}\.\d+$", ReviewPreScorer.Version);
    }

    [Fact]
    public void RuleIds_AreUniqueAndNamedByCriterion()
    {
        var ids = RuleIds();

        Assert.Equal(37, ids.Length);
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches(@"^review\.(survivor|perpetrator|children|pattern|harm|efforts|impact|factors)\.[a-z-]+$", id));
    }

    [Fact]
    public void Docs_ListEveryRuleOnceAndNoOther()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "docs", "review-rules.md"));
        var rows = System.Text.RegularExpressions.Regex.Matches(text, @"^\| `(review\.[a-z.-]+)` \|", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .ToList();

        Assert.Equal(RuleIds().Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
        Assert.Contains(ReviewPreScorer.Version, text, StringComparison.Ordinal);
    }
}
