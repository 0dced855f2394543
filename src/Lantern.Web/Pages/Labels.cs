using System.Globalization;
using Lantern.Core.Agencies;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.Intakes;
using Lantern.Core.People;
using Lantern.Practice.Screening;

namespace Lantern.Web.Pages;

/// <summary>
/// Every stored value in the words a caseworker reads. The switches are exhaustive (a missing case is a build
/// error), so a new value cannot reach a page as a code name.
/// </summary>
public static class Labels
{
    public const string DateFormat = "d MMM yyyy";

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date, string whenMissing) => date is { } d ? Date(d) : whenMissing;

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>Date and time in UTC, for the audit trail.</summary>
    public static string Moment(DateTimeOffset at) =>
        at.UtcDateTime.ToString(DateFormat + ", HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    public static string For(CaseStatus status) => status switch
    {
        CaseStatus.Intake => "In intake",
        CaseStatus.Open => "Open",
        CaseStatus.Closed => "Closed",
    };

    public static string For(IntakeStatus status) => status switch
    {
        IntakeStatus.Draft => "Draft",
        IntakeStatus.Completed => "Completed",
    };

    public static string For(IntakeSource source) => source switch
    {
        IntakeSource.PoliceConcernForm => "Police concern form",
        IntakeSource.School => "School",
        IntakeSource.Health => "Health service",
        IntakeSource.Self => "The family (self-referral)",
        IntakeSource.OtherAgency => "Another agency",
        IntakeSource.Anonymous => "Anonymous",
    };

    public static string For(ScreeningOutcome outcome) => outcome switch
    {
        ScreeningOutcome.NotScreened => "Not yet screened",
        ScreeningOutcome.DomesticAbuseIndicated => "Domestic abuse indicated",
        ScreeningOutcome.NoIndicatorsFound => "No indicators of domestic abuse found",
        ScreeningOutcome.UnableToScreenSafely => "Not safe to screen now",
    };

    public static string For(ScreeningAnswer answer) => answer switch
    {
        ScreeningAnswer.NotAsked => "Not answered",
        ScreeningAnswer.Yes => "Yes",
        ScreeningAnswer.No => "No",
        ScreeningAnswer.NotKnown => "Not known",
    };

    /// <summary>A screening question in a few words, to say which one a message is about.</summary>
    public static string InBrief(ScreeningQuestion question) => question switch
    {
        ScreeningQuestion.HarmOrFearFromPartner => "Hurt, threatened or made afraid by a partner",
        ScreeningQuestion.ControllingBehaviour => "Controlling behaviour",
        ScreeningQuestion.PoliceOrCourtInvolvement => "Police or court involvement",
        ScreeningQuestion.ChildrenHarmedOrUsed => "Children hurt, threatened or used",
    };

    public static string For(DateOfBirthAccuracy accuracy) => accuracy switch
    {
        DateOfBirthAccuracy.Unknown => "Not known",
        DateOfBirthAccuracy.Exact => "Exact",
        DateOfBirthAccuracy.Approximate => "Approximate",
    };

    /// <summary>The middle of "A is the … of B".</summary>
    public static string For(RelationshipKind kind) => kind switch
    {
        RelationshipKind.Partner => "partner of",
        RelationshipKind.FormerPartner => "former partner of",
        RelationshipKind.ParentOf => "parent of",
        RelationshipKind.StepParentOf => "step-parent of",
        RelationshipKind.Sibling => "sibling of",
        RelationshipKind.Other => "otherwise related to",
    };

    /// <summary>When a relationship held: ", since 3 Feb 2011", ", 3 Feb 2011 to 9 Jan 2020", ", until 9 Jan 2020" or "".</summary>
    public static string Period(DateOnly? startedOn, DateOnly? endedOn) => (startedOn, endedOn) switch
    {
        ({ } s, { } e) => $", {Date(s)} to {Date(e)}",
        ({ } s, null) => $", since {Date(s)}",
        (null, { } e) => $", until {Date(e)}",
        (null, null) => "",
    };

    public static string For(AgencyType type) => type switch
    {
        AgencyType.ChildWelfare => "Child welfare",
        AgencyType.DomesticAbuseService => "Domestic abuse service",
        AgencyType.Police => "Police",
        AgencyType.Court => "Court",
        AgencyType.Probation => "Probation",
        AgencyType.School => "School",
        AgencyType.Health => "Health",
        AgencyType.MentalHealth => "Mental health",
        AgencyType.PerpetratorInterventionProgramme => "Perpetrator intervention programme",
        AgencyType.Other => "Other",
    };

    public static string ForRole(string role) => role switch
    {
        LanternRoles.Practitioner => "Practitioner",
        LanternRoles.Supervisor => "Supervisor",
        LanternRoles.Manager => "Manager",
        LanternRoles.Reviewer => "Reviewer (reads cases, changes nothing)",
        LanternRoles.PartnerPractitioner => "Partner agency practitioner",
        LanternRoles.Administrator => "Administrator (accounts and agencies; no case content)",
        _ => role,
    };

    /// <summary>A participant's role in full, as offered when adding someone to a case.</summary>
    public static string ForRole(ParticipantRole role, LanternSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return role switch
        {
            ParticipantRole.Child => "Child",
            ParticipantRole.Survivor => "Survivor / non-offending parent",
            ParticipantRole.Perpetrator => settings.PerpetratorTerm,
            ParticipantRole.OtherCaregiver => "Other caregiver",
            ParticipantRole.Other => "Other",
        };
    }

    /// <summary>A pivot assistant category in words.</summary>
    public static string LanguageCategory(string category) => category switch
    {
        Lantern.Practice.Language.LanguageCategories.VictimBlaming => "Blames the survivor",
        Lantern.Practice.Language.LanguageCategories.Mutualizing => "Makes the abuse mutual",
        Lantern.Practice.Language.LanguageCategories.PerpetratorInvisible => "Hides the perpetrator",
        Lantern.Practice.Language.LanguageCategories.Minimizing => "Minimises the harm",
        Lantern.Practice.Language.LanguageCategories.DoubleStandard => "Holds parents to different standards",
        _ => category,
    };

    public static string For(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Succeeded => "Succeeded",
        AuditOutcome.Denied => "Denied",
        AuditOutcome.Failed => "Failed",
    };

    public static string For(AuditAction action) => action switch
    {
        AuditAction.CaseListed => "Listed cases",
        AuditAction.CaseViewed => "Viewed a case",
        AuditAction.CaseCreated => "Opened a case",
        AuditAction.CaseUpdated => "Changed a case",
        AuditAction.ParticipantAdded => "Added a person to a case",
        AuditAction.ParticipantUpdated => "Changed a person's role in a case",
        AuditAction.PersonViewed => "Viewed a person",
        AuditAction.PersonCreated => "Recorded a person",
        AuditAction.PersonUpdated => "Changed a person's details",
        AuditAction.PersonSearched => "Searched for people",
        AuditAction.ConfidentialAddressViewed => "Viewed a confidential address",
        AuditAction.RelationshipCreated => "Recorded a relationship",
        AuditAction.RelationshipUpdated => "Changed a relationship",
        AuditAction.RelationshipsListed => "Listed relationships",
        AuditAction.IntakeViewed => "Viewed an intake",
        AuditAction.IntakeCreated => "Recorded a concern (intake)",
        AuditAction.IntakeUpdated => "Changed an intake",
        AuditAction.IntakeCompleted => "Completed an intake",
        AuditAction.NoteViewed => "Viewed case notes",
        AuditAction.NoteCreated => "Wrote a case note",
        AuditAction.NoteUpdated => "Changed a case note",
        AuditAction.NoteSigned => "Signed a case note",
        AuditAction.NoteAddendumAdded => "Added an addendum to a case note",
        AuditAction.LanguageFindingDismissed => "Dismissed a language finding, with a reason",
        AuditAction.NotesChecked => "Checked a case's notes for blaming language",
        AuditAction.MapViewed => "Viewed a case's map",
        AuditAction.MapEntryAdded => "Added to a case's map",
        AuditAction.MapEntryChanged => "Changed a map entry",
        AuditAction.MapEntryRemoved => "Took an entry off a case's map",
        AuditAction.PatternViewed => "Viewed a person's pattern of behaviour across cases",
        AuditAction.PlanViewed => "Viewed a case's plan",
        AuditAction.PlanGoalAdded => "Added a goal to a case's plan",
        AuditAction.PlanGoalChanged => "Changed a goal",
        AuditAction.PlanGoalRemoved => "Took a goal out of a case's plan",
        AuditAction.PlanReviewed => "Reviewed a case's plan",
        AuditAction.SafetyPlanViewed => "Viewed a safety plan",
        AuditAction.SafetyPlanCreated => "Wrote a safety plan",
        AuditAction.SafetyPlanChanged => "Changed a safety plan",
        AuditAction.SafetyPlanAccessGranted => "Gave someone access to a safety plan",
        AuditAction.SafetyPlanAccessRevoked => "Took away someone's access to a safety plan",
        AuditAction.RiskPlanViewed => "Viewed a risk management plan",
        AuditAction.RiskPlanCreated => "Wrote a risk management plan",
        AuditAction.RiskPlanChanged => "Changed a risk management plan",
        AuditAction.CaseShared => "Shared a case with a partner agency",
        AuditAction.CaseShareEnded => "Stopped sharing a case with a partner agency",
        AuditAction.ConsentRecorded => "Recorded consent to sharing",
        AuditAction.ConsentWithdrawn => "Recorded that consent to sharing was withdrawn",
        AuditAction.SharingViewed => "Viewed who a case is shared with",
        AuditAction.InformationWithheld => "Withheld information on a case from a named person or agency",
        AuditAction.WithholdingLifted => "Lifted a withholding",
        AuditAction.CaseRestrictionChanged => "Restricted a case, or lifted the restriction",
        AuditAction.ConsentOverridden => "Shared a case without the consent the agreement needs (override, with a reason)",
        AuditAction.ReferralViewed => "Viewed a referral",
        AuditAction.ReferralSent => "Made a referral to a service",
        AuditAction.ReferralStatusChanged => "Moved a referral along",
        AuditAction.AgreementRevised => "Changed a sharing agreement's terms",
        AuditAction.LocationAccessGranted => "Let a partner see a confidential address",
        AuditAction.LocationAccessRevoked => "Stopped a partner seeing a confidential address",
        AuditAction.MeetingViewed => "Viewed a meeting or its pack",
        AuditAction.MeetingCreated => "Recorded a meeting",
        AuditAction.MeetingChanged => "Changed a meeting's record",
        AuditAction.MeetingActionProgressed => "Recorded progress on a meeting action",
        AuditAction.SupervisionViewed => "Viewed supervision records",
        AuditAction.SupervisionRecorded => "Recorded a supervision session",
        AuditAction.SupervisionChanged => "Changed a supervision session",
        AuditAction.ReviewSampleDrawn => "Drew a sample of cases for review",
        AuditAction.CaseReviewViewed => "Viewed a case review",
        AuditAction.CaseReviewStarted => "Started a case review",
        AuditAction.CaseReviewSaved => "Saved a case review's ratings",
        AuditAction.CaseReviewConfirmed => "Confirmed a case review",
        AuditAction.DashboardViewed => "Viewed a practice dashboard",
        AuditAction.DashboardExported => "Exported a practice dashboard's data",
        AuditAction.DataQualityViewed => "Viewed the data quality report",
        AuditAction.DataQualityExported => "Downloaded the data quality report",
        AuditAction.TrainingRecorded => "Recorded training attendance",
        AuditAction.ChampionsChanged => "Changed the practice champions",
        AuditAction.PracticeMeetingRecorded => "Recorded a practice meeting",
        AuditAction.PresentationRecorded => "Recorded a presentation",
        AuditAction.ContinuumAssessed => "Recorded a practice continuum self-assessment",
        AuditAction.ImplementationViewed => "Viewed implementation records",
        AuditAction.SignedIn => "Signed in",
        AuditAction.SignInFailed => "Failed to sign in",
        AuditAction.LockedOut => "Locked out",
        AuditAction.SignedOut => "Signed out",
        AuditAction.AccessDenied => "Was refused access",
        AuditAction.UserCreated => "Created an account",
        AuditAction.UserDisabled => "Disabled an account",
        AuditAction.UserEnabled => "Enabled an account",
        AuditAction.AgencyCreated => "Created an agency",
        AuditAction.TeamCreated => "Added a team",
        AuditAction.UserUnlocked => "Unlocked an account",
        AuditAction.MapCategoriesChanged => "Changed the agency's map categories",
        AuditAction.AgreementCreated => "Drafted a sharing agreement",
        AuditAction.AgreementApproved => "Approved a sharing agreement",
        AuditAction.AgreementSuspended => "Suspended a sharing agreement",
        AuditAction.ServiceDirectoryChanged => "Changed the directory of services",
        AuditAction.AuditViewed => "Viewed the audit trail",
        AuditAction.DemoDataSeeded => "Loaded demonstration data",
    };

    /// <summary>
    /// A person's age today: "14", "About 14" when the date of birth is approximate, "8 months" for a baby,
    /// "Not known" without a date, "Not yet born" for an expected baby.
    /// </summary>
    public static string Age(DateOnly? dateOfBirth, DateOfBirthAccuracy accuracy, DateOnly today)
    {
        if (dateOfBirth is not { } born || accuracy == DateOfBirthAccuracy.Unknown)
        {
            return "Not known";
        }

        if (born > today)
        {
            return "Not yet born";
        }

        var months = ((today.Year - born.Year) * 12) + today.Month - born.Month - (today.Day < born.Day ? 1 : 0);
        var text = months >= 12 ? (months / 12).ToString(CultureInfo.InvariantCulture)
            : months == 1 ? "1 month"
            : months > 1 ? $"{months} months"
            : "Under 1 month";
        return accuracy == DateOfBirthAccuracy.Approximate ? "About " + (months >= 12 ? text : text.ToLowerInvariant()) : text;
    }
}
