using Lantern.Practice.Language;
using Lantern.Practice.Mapping;
using Lantern.Practice.Review;
using Xunit;

namespace Lantern.Practice.Tests.Review;

/// <summary>
/// The five documentation criteria, rule by rule: each starts from the well-documented Calder record, where every
/// requirement supports and no concern is raised, and changes one thing.
/// </summary>
public sealed class ComponentCriteriaTests
{
    private const ReviewCriterion Pattern = ReviewCriterion.CoerciveControlPattern;
    private const ReviewCriterion Harm = ReviewCriterion.PerpetratorHarmToChildren;
    private const ReviewCriterion Efforts = ReviewCriterion.ProtectiveEfforts;
    private const ReviewCriterion Impact = ReviewCriterion.ImpactOnChildren;
    private const ReviewCriterion Factors = ReviewCriterion.IntersectingFactors;

    // (iv) The pattern of coercive control

    [Fact]
    public void Score_CoerciveControlRecorded_RecordedSupportsWithEveryEntry()
    {
        var calder = new CalderRecord();

        var reason = calder.Score().Supports(ReviewPreScorer.PatternRecorded);

        Assert.Equal([calder.Economic.Id, calder.Violence.Id, calder.Intimidation.Id, calder.Isolation.Id, calder.Hostility.Id], reason.Ids(EvidenceKind.MapEntry));
    }

    [Fact]
    public void Score_NoCoerciveControl_OnlyRecordedCountsAgainstAndLinksTheGap()
    {
        var calder = new CalderRecord();
        calder.Remove(MapComponent.CoerciveControl);

        var score = calder.Score().Criterion(Pattern);

        var reason = Assert.Single(score.Reasons);
        Assert.Equal(ReviewPreScorer.PatternRecorded, reason.RuleId);
        Assert.False(reason.Supports);
        Assert.Equal([MapGapRules.ComponentEmpty], reason.RuleIds(EvidenceKind.MapGap));
        Assert.Equal(ReviewRating.NotEvident, score.Rating);
    }

    [Fact]
    public void Score_ExactlyTheMinimumKindsOfControl_BreadthSupports()
    {
        var calder = new CalderRecord();
        calder.Entries.RemoveAll(e => e.Id == calder.Isolation.Id || e.Id == calder.Hostility.Id);

        Assert.Equal(3, ReviewPreScorer.MinControlCategories);
        Assert.StartsWith("3 kinds of coercive behaviour are recorded.", calder.Score().Supports(ReviewPreScorer.PatternBreadth).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_FewerKindsOfControl_BreadthCountsAgainst()
    {
        var calder = new CalderRecord();
        calder.Entries.RemoveAll(e => e.Id == calder.Isolation.Id || e.Id == calder.Hostility.Id || e.Id == calder.Intimidation.Id);
        calder.Entry(MapComponent.CoerciveControl, "cc.physical-violence", EvidenceSource.PoliceReport, e => e with { PerpetratorId = calder.Gavin.Id });

        var scores = calder.Score();

        var reason = scores.CountsAgainst(ReviewPreScorer.PatternBreadth);
        Assert.StartsWith("Only 2 kinds of coercive behaviour are recorded, fewer than the 3", reason.Text, StringComparison.Ordinal);
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Pattern));
    }

    [Fact]
    public void Score_EveryControlEntryNamesHim_PerpetratorNamedSupports()
    {
        new CalderRecord().Score().Supports(ReviewPreScorer.PatternPerpetratorNamed);
    }

    [Fact]
    public void Score_ControlEntryWithNoOneDoingIt_PerpetratorNamedCountsAgainstAndLinksIt()
    {
        var calder = new CalderRecord();
        calder.Change(calder.Isolation, e => e with { PerpetratorId = null });

        var scores = calder.Score();

        Assert.Equal([calder.Isolation.Id], scores.CountsAgainst(ReviewPreScorer.PatternPerpetratorNamed).Ids(EvidenceKind.MapEntry));
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Pattern));
    }

    [Fact]
    public void Score_ControlOnlyFromHerAccount_CorroboratedCountsAgainstAndLinksTheGap()
    {
        var calder = new CalderRecord();
        foreach (var entry in new[] { calder.Economic, calder.Violence, calder.Intimidation, calder.Hostility })
        {
            calder.Change(entry, e => e with { Source = EvidenceSource.SurvivorInterview, Verified = false });
        }

        var scores = calder.Score();

        var reason = scores.CountsAgainst(ReviewPreScorer.PatternCorroborated);
        Assert.StartsWith("Everything recorded about the coercive control by Gavin Calder comes from the survivor's account.", reason.Text, StringComparison.Ordinal);
        Assert.Contains("evidence in its own right", reason.Text, StringComparison.Ordinal);
        Assert.Equal([MapGapRules.CoerciveControlUncorroborated], reason.RuleIds(EvidenceKind.MapGap));
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Pattern));
    }

    [Fact]
    public void Score_HerAccountVerified_CorroboratedSupports()
    {
        var calder = new CalderRecord();
        foreach (var entry in new[] { calder.Violence, calder.Intimidation, calder.Hostility })
        {
            calder.Change(entry, e => e with { Source = EvidenceSource.SurvivorInterview });
        }

        Assert.Equal([calder.Economic.Id], calder.Score().Supports(ReviewPreScorer.PatternCorroborated).Ids(EvidenceKind.MapEntry));
    }

    [Fact]
    public void Score_SecondPerpetratorOnlyInHerAccount_CorroboratedCountsAgainstHim()
    {
        var calder = new CalderRecord();
        var darren = calder.Person("Darren Moss", MapRole.Perpetrator);
        calder.Entry(MapComponent.CoerciveControl, "cc.threats", EvidenceSource.SurvivorInterview, e => e with { PerpetratorId = darren.Id });

        var reason = calder.Score().CountsAgainst(ReviewPreScorer.PatternCorroborated);

        Assert.StartsWith("Everything recorded about the coercive control by Darren Moss", reason.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_MinimisingLanguageAtTheLimit_CountsAgainstThePattern()
    {
        var calder = new CalderRecord();
        var note = calder.NoteWithLanguage(800, LanguageCategories.Minimizing, 2);

        var scores = calder.Score();

        Assert.Equal([note.Id], scores.CountsAgainst(ReviewPreScorer.PatternMinimisingLanguage).Ids(EvidenceKind.Note));
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Pattern));
    }

    [Fact]
    public void Score_MinimisingLanguageBelowTheLimit_RaisesNothing()
    {
        var calder = new CalderRecord();
        calder.NoteWithLanguage(800, LanguageCategories.Minimizing, 1);

        Assert.False(calder.Score().Has(ReviewPreScorer.PatternMinimisingLanguage));
    }

    // (v) His actions to harm the children

    [Fact]
    public void Score_HarmNamingHimAndTheChildren_RecordedSupports()
    {
        var calder = new CalderRecord();

        Assert.Equal([calder.Demeaning.Id, calder.Needs.Id, calder.Belt.Id], calder.Score().Supports(ReviewPreScorer.HarmRecorded).Ids(EvidenceKind.MapEntry));
    }

    [Fact]
    public void Score_NoHarmToTheChildren_RecordedCountsAgainstAndLinksTheGap()
    {
        var calder = new CalderRecord();
        calder.Remove(MapComponent.HarmToChild);

        var scores = calder.Score();

        Assert.Equal([MapGapRules.ComponentEmpty], scores.CountsAgainst(ReviewPreScorer.HarmRecorded).RuleIds(EvidenceKind.MapGap));
        Assert.Equal(ReviewRating.NotEvident, scores.Rating(Harm));
    }

    [Fact]
    public void Score_HarmWithNoChildNamed_RecordedAndUnattributedCountAgainst()
    {
        var calder = new CalderRecord();
        foreach (var entry in new[] { calder.Demeaning, calder.Needs, calder.Belt })
        {
            calder.Change(entry, e => e with { ChildIds = [] });
        }

        var scores = calder.Score();

        scores.CountsAgainst(ReviewPreScorer.HarmRecorded);
        Assert.Equal(3, scores.CountsAgainst(ReviewPreScorer.HarmUnattributed).Evidence.Count);
        Assert.Equal(ReviewRating.NotEvident, scores.Rating(Harm));
    }

    [Fact]
    public void Score_HarmEntryWithNoPerpetrator_UnattributedCountsAgainstAndLinksIt()
    {
        var calder = new CalderRecord();
        calder.Change(calder.Needs, e => e with { PerpetratorId = null });

        var scores = calder.Score();

        var reason = scores.CountsAgainst(ReviewPreScorer.HarmUnattributed);
        Assert.Equal([calder.Needs.Id], reason.Ids(EvidenceKind.MapEntry));
        Assert.StartsWith("1 harm-to-children entry does not name both", reason.Text, StringComparison.Ordinal);
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Harm));
    }

    [Fact]
    public void Score_EveryHarmEntryAttributed_RaisesNoUnattributed()
    {
        Assert.False(new CalderRecord().Score().Has(ReviewPreScorer.HarmUnattributed));
    }

    [Fact]
    public void Score_ExactlyTheMinimumKindsOfHarm_BreadthSupports()
    {
        var calder = new CalderRecord();
        calder.Entries.RemoveAll(e => e.Id == calder.Needs.Id);

        Assert.Equal(2, ReviewPreScorer.MinHarmCategories);
        calder.Score().Supports(ReviewPreScorer.HarmBreadth);
    }

    [Fact]
    public void Score_OneKindOfHarm_BreadthCountsAgainst()
    {
        var calder = new CalderRecord();
        calder.Entries.RemoveAll(e => e.Id == calder.Needs.Id || e.Id == calder.Demeaning.Id);

        var scores = calder.Score();

        Assert.StartsWith("Only 1 kind of harm to the children is recorded", scores.CountsAgainst(ReviewPreScorer.HarmBreadth).Text, StringComparison.Ordinal);
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Harm));
    }

    [Fact]
    public void Score_SecondPerpetratorWithNoHarmRecorded_EachPerpetratorCountsAgainstAndLinksHisGap()
    {
        var calder = new CalderRecord();
        var darren = calder.Person("Darren Moss", MapRole.Perpetrator);

        var scores = calder.Score();

        var reason = scores.CountsAgainst(ReviewPreScorer.HarmEachPerpetrator);
        Assert.StartsWith("Nothing is recorded about what Darren Moss has done to harm the children.", reason.Text, StringComparison.Ordinal);
        Assert.Equal([MapGapRules.PerpetratorWithoutHarmToChild], reason.RuleIds(EvidenceKind.MapGap));
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Harm));

        calder.Entry(MapComponent.HarmToChild, "hc.threats-to-child", EvidenceSource.ChildInterview, e => e with { PerpetratorId = darren.Id, ChildIds = [calder.Rory.Id] });
        Assert.False(calder.Score().Has(ReviewPreScorer.HarmEachPerpetrator));
    }

    // (vi) The full spectrum of her protective efforts

    [Fact]
    public void Score_HerEffortsRecorded_RecordedSupports()
    {
        var calder = new CalderRecord();

        Assert.Equal([calder.CalledPolice.Id, calder.Routine.Id, calder.Shoes.Id], calder.Score().Supports(ReviewPreScorer.EffortsRecorded).Ids(EvidenceKind.MapEntry));
    }

    [Fact]
    public void Score_NoEffortsOfHers_RecordedCountsAgainstAndLinksTheGap()
    {
        var calder = new CalderRecord();
        calder.Remove(MapComponent.ProtectiveEfforts);

        var score = calder.Score().Criterion(Efforts);

        var reason = Assert.Single(score.Reasons);
        Assert.Equal(ReviewPreScorer.EffortsRecorded, reason.RuleId);
        Assert.Equal([MapGapRules.ComponentEmpty], reason.RuleIds(EvidenceKind.MapGap));
        Assert.Equal(ReviewRating.NotEvident, score.Rating);
    }

    [Fact]
    public void Score_EffortsInTheMinimumNumberOfAreas_BreadthSupports()
    {
        Assert.Equal(3, ReviewPreScorer.MinEffortCategories);
        Assert.StartsWith("Her efforts are recorded in 3 areas.", new CalderRecord().Score().Supports(ReviewPreScorer.EffortsBreadth).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_EffortsInTwoAreas_BreadthCountsAgainst()
    {
        var calder = new CalderRecord();
        calder.Entries.RemoveAll(e => e.Id == calder.Shoes.Id);

        var scores = calder.Score();

        Assert.StartsWith("Her efforts are recorded in only 2 areas, fewer than the 3 expected.", scores.CountsAgainst(ReviewPreScorer.EffortsBreadth).Text, StringComparison.Ordinal);
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Efforts));
    }

    [Fact]
    public void Score_OnlyHerSafetyEfforts_BreadthSaysSoInPlainWords()
    {
        var calder = new CalderRecord();
        calder.Entries.RemoveAll(e => e.Id == calder.Shoes.Id || e.Id == calder.Routine.Id);
        calder.Entry(MapComponent.ProtectiveEfforts, "pe.safety", EvidenceSource.OtherAgency, e => e with { AdultId = calder.Morag.Id, ChildIds = [calder.Rory.Id] });

        var reason = calder.Score().CountsAgainst(ReviewPreScorer.EffortsBreadth);

        Assert.StartsWith("Only her efforts towards immediate safety", reason.Text, StringComparison.Ordinal);
        Assert.Equal(2, reason.Evidence.Count);
    }

    // (vii) The full adverse impact on the children

    [Fact]
    public void Score_ImpactOnTheChildrenRecorded_RecordedSupports()
    {
        var calder = new CalderRecord();

        Assert.Equal([calder.RoryHungry.Id, calder.RoryDistressed.Id, calder.LiamCharged.Id, calder.EwanInsults.Id], calder.Score().Supports(ReviewPreScorer.ImpactRecorded).Ids(EvidenceKind.MapEntry));
    }

    [Fact]
    public void Score_NoImpactRecorded_RecordedCountsAgainstAndLinksTheGap()
    {
        var calder = new CalderRecord();
        calder.Remove(MapComponent.ChildImpact);

        var score = calder.Score().Criterion(Impact);

        var reason = Assert.Single(score.Reasons);
        Assert.Equal(ReviewPreScorer.ImpactRecorded, reason.RuleId);
        Assert.Equal([MapGapRules.ComponentEmpty], reason.RuleIds(EvidenceKind.MapGap));
        Assert.Equal(ReviewRating.NotEvident, score.Rating);
    }

    [Fact]
    public void Score_ImpactOnEveryChild_EachChildSupports()
    {
        Assert.StartsWith("The impact on every child (Liam, Ewan and Rory) is recorded.", new CalderRecord().Score().Supports(ReviewPreScorer.ImpactEachChild).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_AChildWithNoImpactRecorded_IsOnlyPartlyEvidentAndNamesTheChild()
    {
        var calder = new CalderRecord();
        calder.Entries.RemoveAll(e => e.Id == calder.EwanInsults.Id);
        calder.Entry(MapComponent.ChildImpact, "ci.relationship-siblings", EvidenceSource.School, e => e with { ChildIds = [calder.Rory.Id], CausedBy = [calder.Demeaning.Id] });

        var scores = calder.Score();

        var reason = scores.CountsAgainst(ReviewPreScorer.ImpactEachChild);
        Assert.StartsWith("Nothing is recorded about how the perpetrator's behaviour has affected Ewan.", reason.Text, StringComparison.Ordinal);
        Assert.Equal([MapGapRules.ChildWithoutImpact], reason.RuleIds(EvidenceKind.MapGap));
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Impact));
    }

    [Fact]
    public void Score_EveryImpactLinkedToHisBehaviour_CausesLinkedSupports()
    {
        Assert.StartsWith("4 of 4 impacts on the children are linked", new CalderRecord().Score().Supports(ReviewPreScorer.ImpactCausesLinked).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_AnImpactWithNoCause_CausesLinkedCountsAgainstAndLinksIt()
    {
        var calder = new CalderRecord();
        calder.Change(calder.EwanInsults, e => e with { CausedBy = [] });

        var scores = calder.Score();

        var reason = scores.CountsAgainst(ReviewPreScorer.ImpactCausesLinked);
        Assert.Equal([calder.EwanInsults.Id], reason.Ids(EvidenceKind.MapEntry));
        Assert.StartsWith("Only 3 of 4 impacts on the children are linked", reason.Text, StringComparison.Ordinal);
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Impact));
    }

    [Fact]
    public void Score_ImpactCausedByAnEntryNotOnTheMap_IsNotLinked()
    {
        var calder = new CalderRecord();
        calder.Change(calder.EwanInsults, e => e with { CausedBy = [Guid.NewGuid(), calder.Routine.Id] });

        Assert.Equal([calder.EwanInsults.Id], calder.Score().CountsAgainst(ReviewPreScorer.ImpactCausesLinked).Ids(EvidenceKind.MapEntry));
    }

    [Fact]
    public void Score_ImpactInTheMinimumNumberOfAreas_BreadthSupports()
    {
        Assert.Equal(3, ReviewPreScorer.MinImpactCategories);
        Assert.StartsWith("The impact is recorded in 3 areas", new CalderRecord().Score().Supports(ReviewPreScorer.ImpactBreadth).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_ImpactInTwoAreas_BreadthCountsAgainst()
    {
        var calder = new CalderRecord();
        calder.Change(calder.EwanInsults, e => e with { CategoryKey = "ci.emotional-behavioural" });

        var scores = calder.Score();

        Assert.StartsWith("The impact is recorded in only 2 areas", scores.CountsAgainst(ReviewPreScorer.ImpactBreadth).Text, StringComparison.Ordinal);
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Impact));
    }

    // (viii) Substance misuse, mental health, culture and socio-economic factors

    [Fact]
    public void Score_FactorsRecorded_RecordedSupports()
    {
        var calder = new CalderRecord();

        Assert.Equal([calder.GavinDrinks.Id, calder.MoragMoney.Id], calder.Score().Supports(ReviewPreScorer.FactorsRecorded).Ids(EvidenceKind.MapEntry));
    }

    [Fact]
    public void Score_NoFactors_RecordedCountsAgainstAndLinksTheGap()
    {
        var calder = new CalderRecord();
        calder.Remove(MapComponent.IntersectingFactors);

        var score = calder.Score().Criterion(Factors);

        var reason = Assert.Single(score.Reasons);
        Assert.Equal([MapGapRules.ComponentEmpty], reason.RuleIds(EvidenceKind.MapGap));
        Assert.Equal(ReviewRating.NotEvident, score.Rating);
    }

    [Fact]
    public void Score_FactorsForHim_PerpetratorSupports()
    {
        Assert.StartsWith("Factors are recorded for Gavin Calder.", new CalderRecord().Score().Supports(ReviewPreScorer.FactorsPerpetrator).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_FactorsForHerButNotForHim_PerpetratorCountsAgainstAndLinksTheDoubleStandardGap()
    {
        var calder = new CalderRecord();
        calder.Entries.RemoveAll(e => e.Id == calder.GavinDrinks.Id);

        var scores = calder.Score();

        var reason = scores.CountsAgainst(ReviewPreScorer.FactorsPerpetrator);
        Assert.StartsWith("Factors are recorded for the survivor but none for Gavin Calder.", reason.Text, StringComparison.Ordinal);
        Assert.Equal([MapGapRules.FactorsDoubleStandard], reason.RuleIds(EvidenceKind.MapGap));
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Factors));
    }

    [Fact]
    public void Score_FactorsForNeitherAdultButSomeoneElse_PerpetratorAndSurvivorCountAgainst()
    {
        var calder = new CalderRecord();
        calder.Remove(MapComponent.IntersectingFactors);
        var gran = calder.Person("Fiona", MapRole.OtherAdult);
        calder.Entry(MapComponent.IntersectingFactors, "if.housing", EvidenceSource.Records, e => e with { AdultId = gran.Id, PerpetratorId = calder.Gavin.Id });

        var scores = calder.Score();

        Assert.StartsWith("No factors are recorded for Gavin Calder.", scores.CountsAgainst(ReviewPreScorer.FactorsPerpetrator).Text, StringComparison.Ordinal);
        Assert.StartsWith("No factors are recorded for Morag Calder.", scores.CountsAgainst(ReviewPreScorer.FactorsSurvivor).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_FactorsForHer_SurvivorSupports()
    {
        Assert.StartsWith("Factors are recorded for Morag Calder.", new CalderRecord().Score().Supports(ReviewPreScorer.FactorsSurvivor).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_NoFactorsForHer_SurvivorCountsAgainst()
    {
        var calder = new CalderRecord();
        calder.Entries.RemoveAll(e => e.Id == calder.MoragMoney.Id);

        var scores = calder.Score();

        scores.CountsAgainst(ReviewPreScorer.FactorsSurvivor);
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Factors));
    }

    [Fact]
    public void Score_FactorsLinkedToHisPattern_InteractionSupports()
    {
        new CalderRecord().Score().Supports(ReviewPreScorer.FactorsInteraction);
    }

    [Fact]
    public void Score_NoFactorLinkedToHisPattern_InteractionCountsAgainst()
    {
        var calder = new CalderRecord();
        calder.Change(calder.GavinDrinks, e => e with { PerpetratorId = null });
        calder.Change(calder.MoragMoney, e => e with { PerpetratorId = null });

        var scores = calder.Score();

        Assert.StartsWith("No factor is linked to the perpetrator's pattern.", scores.CountsAgainst(ReviewPreScorer.FactorsInteraction).Text, StringComparison.Ordinal);
        Assert.Equal(ReviewRating.PartlyEvident, scores.Rating(Factors));
    }
}
