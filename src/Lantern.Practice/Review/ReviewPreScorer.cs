using System.Globalization;

namespace Lantern.Practice.Review;

/// <summary>
/// Pre-scores a case record against the eight review criteria, so that a quality reviewer starts from what the record
/// shows and what it lacks rather than from a blank form. The reviewer's own rating is the one that counts: every
/// pre-score says why, rule by rule, and points at the map entries, goals, notes, gaps and plan findings it rests on.
/// </summary>
/// <remarks>
/// <para>
/// Each criterion has two kinds of rule. A <em>requirement</em> gives one reason whenever it applies: supporting when
/// the record shows what the model expects, against (saying what is missing) when it does not. Some requirements
/// apply only once there is something to judge (the breadth of the coercive-control pattern, say, once any is recorded),
/// so that one absence is not reported several times over. A <em>concern</em> gives a reason against only when it
/// finds something that works against the criterion (a plan finding, blaming language); otherwise it says nothing.
/// </para>
/// <para>
/// The rating follows from the reasons alone: <see cref="ReviewRating.NotEvident"/> when no reason supports the
/// criterion; <see cref="ReviewRating.ClearlyEvident"/> when at least one does and none counts against it;
/// <see cref="ReviewRating.PartlyEvident"/> otherwise. Clearly evident is therefore demanding on purpose: every
/// requirement met and nothing standing against. The first requirement of every criterion always applies, so no
/// criterion is ever left without a reason. See docs/review-rules.md.
/// </para>
/// <para>
/// Scores come in criterion order and reasons in the order their rules are declared below; evidence follows the order
/// of the record (entries, goals, notes, gaps, findings as given). The same facts always give the same score. Nothing
/// but the scores, their reasons and their links is allocated beyond a few small scratch lists.
/// </para>
/// </remarks>
public static partial class ReviewPreScorer
{
    /// <summary>The version of the rules and thresholds, stored with each review so that a later change is visible.</summary>
    public const string Version = "2026.11.1";

    // Thresholds. Change one → raise Version and update docs/review-rules.md.

    /// <summary>Partnership is built over continuing contact: fewer notes of contact with the survivor than this is not enough.</summary>
    public const int MinSurvivorContacts = 2;

    /// <summary>Different kinds of coercive behaviour (categories) needed before the record shows a pattern rather than incidents.</summary>
    public const int MinControlCategories = 3;

    /// <summary>Different kinds of harm to the children needed to show more than one pathway of harm.</summary>
    public const int MinHarmCategories = 2;

    /// <summary>Different kinds of protective effort needed to show the full spectrum, not only "left or called the police".</summary>
    public const int MinEffortCategories = 3;

    /// <summary>Different areas of the children's lives in which the impact of his behaviour must be recorded.</summary>
    public const int MinImpactCategories = 3;

    /// <summary>Share (per cent) of impacts on the children that must be linked to the behaviour that caused them.</summary>
    public const int MinImpactsWithCausePercent = 100;

    /// <summary>
    /// Standing language findings of one kind per 1,000 words of the case's notes at or above which they count against
    /// a criterion (0.5: one phrase in every 2,000 words, roughly every fourth or fifth note).
    /// </summary>
    public const double LanguageFindingsPerThousandWords = 0.5;

    // (i) Partnership with the survivor.
    public const string SurvivorContact = "review.survivor.contact";
    public const string SurvivorEffortsHeard = "review.survivor.efforts-heard";
    public const string SurvivorSafetyPlan = "review.survivor.safety-plan";
    public const string SurvivorMadeResponsible = "review.survivor.made-responsible";
    public const string SurvivorBlamingLanguage = "review.survivor.blaming-language";

    // (ii) Intervention with the perpetrator.
    public const string PerpetratorIdentified = "review.perpetrator.identified";
    public const string PerpetratorContact = "review.perpetrator.contact";
    public const string PerpetratorGoal = "review.perpetrator.goal";
    public const string PerpetratorServiceOnly = "review.perpetrator.service-only";
    public const string PerpetratorJointGoal = "review.perpetrator.joint-goal";
    public const string PerpetratorInvisibleLanguage = "review.perpetrator.invisible-language";
    public const string PerpetratorDoubleStandardLanguage = "review.perpetrator.double-standard-language";

    // (iii) Children safe and together with the survivor.
    public const string ChildrenGoal = "review.children.goal";
    public const string ChildrenHerEfforts = "review.children.her-efforts";
    public const string ChildrenUnderminingNamed = "review.children.undermining-named";
    public const string ChildrenSafetyPlan = "review.children.safety-plan";
    public const string ChildrenJointWork = "review.children.joint-work";
    public const string ChildrenMadeResponsible = "review.children.made-responsible";

    // (iv) The perpetrator's pattern of coercive control.
    public const string PatternRecorded = "review.pattern.recorded";
    public const string PatternBreadth = "review.pattern.breadth";
    public const string PatternPerpetratorNamed = "review.pattern.perpetrator-named";
    public const string PatternCorroborated = "review.pattern.corroborated";
    public const string PatternMinimisingLanguage = "review.pattern.minimising-language";

    // (v) The perpetrator's actions to harm the children.
    public const string HarmRecorded = "review.harm.recorded";
    public const string HarmBreadth = "review.harm.breadth";
    public const string HarmEachPerpetrator = "review.harm.each-perpetrator";
    public const string HarmUnattributed = "review.harm.unattributed";

    // (vi) The full spectrum of the survivor's protective efforts.
    public const string EffortsRecorded = "review.efforts.recorded";
    public const string EffortsBreadth = "review.efforts.breadth";

    // (vii) The full adverse impact on the children.
    public const string ImpactRecorded = "review.impact.recorded";
    public const string ImpactEachChild = "review.impact.each-child";
    public const string ImpactCausesLinked = "review.impact.causes-linked";
    public const string ImpactBreadth = "review.impact.breadth";

    // (viii) Substance misuse, mental health, culture and socio-economic factors.
    public const string FactorsRecorded = "review.factors.recorded";
    public const string FactorsPerpetrator = "review.factors.perpetrator";
    public const string FactorsSurvivor = "review.factors.survivor";
    public const string FactorsInteraction = "review.factors.interaction";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly EvidenceLink SafetyPlanLink = new(EvidenceKind.SafetyPlan, null);

    /// <summary>Scores the eight criteria of one case record, in <see cref="ReviewCriterion"/> order.</summary>
    public static IReadOnlyList<CriterionScore> Score(CaseRecordFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var record = new ReviewCase(facts);
        return
        [
            Rate(ReviewCriterion.PartnershipWithSurvivor, PartnershipWithSurvivor(record)),
            Rate(ReviewCriterion.InterventionWithPerpetrator, InterventionWithPerpetrator(record)),
            Rate(ReviewCriterion.ChildrenSafeAndTogether, ChildrenSafeAndTogether(record)),
            Rate(ReviewCriterion.CoerciveControlPattern, CoerciveControlPattern(record)),
            Rate(ReviewCriterion.PerpetratorHarmToChildren, PerpetratorHarmToChildren(record)),
            Rate(ReviewCriterion.ProtectiveEfforts, ProtectiveEfforts(record)),
            Rate(ReviewCriterion.ImpactOnChildren, ImpactOnChildren(record)),
            Rate(ReviewCriterion.IntersectingFactors, IntersectingFactors(record)),
        ];
    }

    /// <summary>The rating the reasons add up to (see the remarks on the class).</summary>
    public static ReviewRating RatingFor(IReadOnlyList<ScoreReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var supported = false;
        var against = false;
        for (var i = 0; i < reasons.Count; i++)
        {
            if (reasons[i].Supports)
            {
                supported = true;
            }
            else
            {
                against = true;
            }
        }

        return !supported ? ReviewRating.NotEvident : against ? ReviewRating.PartlyEvident : ReviewRating.ClearlyEvident;
    }

    private static CriterionScore Rate(ReviewCriterion criterion, List<ScoreReason> reasons) =>
        new(criterion, RatingFor(reasons), reasons);

    private static ScoreReason Supporting(string ruleId, string text, List<EvidenceLink>? evidence) =>
        new(ruleId, text, Supports: true, evidence is null || evidence.Count == 0 ? [] : evidence);

    private static ScoreReason Against(string ruleId, string text, List<EvidenceLink>? evidence) =>
        new(ruleId, text, Supports: false, evidence is null || evidence.Count == 0 ? [] : evidence);

    /// <summary>A concern about language in the notes: a reason against when the rate reaches the threshold, nothing otherwise.</summary>
    private static void LanguageConcern(List<ScoreReason> reasons, string ruleId, LanguageUse use, string whatOne, string whatMany, string why)
    {
        if (!use.CountsAgainst)
        {
            return;
        }

        var notes = use.Notes?.Count ?? 0;
        reasons.Add(Against(ruleId,
            $"{ReviewText.Count(use.Findings, "phrase", "phrases")} in {ReviewText.Count(notes, "note", "notes")} {(use.Findings == 1 ? whatOne : whatMany)} {ReviewText.Rate(use)}. {why}",
            use.Notes));
    }
}
