namespace Lantern.Practice.DataQuality;

/// <summary>
/// The rules, in the order a data steward reads them: missing fields, impossible dates, likely duplicates. Ids never
/// change once used (they are in bookmarks, downloads and the audit trail); a rule that is retired keeps its id unused.
/// </summary>
public static class QualityRules
{
    /// <summary>An intake still a draft this many days after it was received is reported as left unfinished.</summary>
    public const int UnfinishedIntakeDays = 14;

    /// <summary>The earliest plausible date of birth for anyone on a case.</summary>
    public static readonly DateOnly EarliestBirth = new(1900, 1, 1);

    public static readonly QualityRule CaseWithoutWorker = new("case-without-worker", QualityRuleKind.MissingField,
        "Live case with no allocated worker",
        "Nobody is accountable for the family: contacts, screening and gaps in the assessment go unnoticed, and the case is on no one's caseload.",
        "Open the case, choose Change case details and allocate a worker.");

    public static readonly QualityRule CaseWithoutTeam = new("case-without-team", QualityRuleKind.MissingField,
        "Live case with no team",
        "The case is missing from its team's caseload, from supervision and from the team's dashboard figures.",
        "Open the case, choose Change case details and choose its team.");

    public static readonly QualityRule CaseWithoutChild = new("case-without-child", QualityRuleKind.MissingField,
        "Open case with no child recorded",
        "The child is why the agency is involved: without one on the record, the map has nowhere to show the impact on a child and plans have no child goals.",
        "Add each child to the case with the role Child (or check the case should be open).");

    public static readonly QualityRule CaseWithoutSurvivor = new("case-without-survivor", QualityRuleKind.MissingField,
        "Domestic abuse found at intake but no survivor recorded",
        "Partnering with the non-offending parent is the default: without her on the case her protective efforts, her safety plan and her account have nowhere to go.",
        "Add the non-offending parent to the case with the role Survivor, or correct her role if she is recorded with another one.");

    public static readonly QualityRule ClosedWithoutDate = new("case-closed-without-date", QualityRuleKind.MissingField,
        "Closed case with no closing date",
        "Timescales, closure figures and how long records are kept all count from the date a case closed.",
        "Open the case, choose Change case details and enter the date it closed.");

    public static readonly QualityRule PersonWithoutName = new("person-without-name", QualityRuleKind.MissingField,
        "Person with no given or no family name",
        "A person without a full name cannot be found by search or matched against other records, and letters and reports can go to the wrong person.",
        "Open the person's page, choose Change details and enter the name (use an alias for a name the family uses).");

    public static readonly QualityRule ChildWithoutDateOfBirth = new("child-without-date-of-birth", QualityRuleKind.MissingField,
        "Child with no date of birth",
        "A child's age decides timescales, which services fit, and when they stop being a child; an approximate date is far better than none.",
        "Open the child's page, choose Change details and enter the date of birth, or an approximate one marked as approximate.");

    public static readonly QualityRule IntakeUnfinished = new("intake-left-unfinished", QualityRuleKind.MissingField,
        $"Intake still a draft after {UnfinishedIntakeDays} days",
        "Domestic abuse is screened for in every intake: a draft left open means the screening is unfinished and the concern may not have been acted on.",
        "Open the intake, finish the screening and complete it (or record why it was unsafe to screen).");

    public static readonly QualityRule BirthInFuture = new("date-of-birth-in-future", QualityRuleKind.ImpossibleDate,
        "Date of birth in the future",
        "Ages worked out from it are wrong everywhere the person appears, and searches by age miss them.",
        "Open the person's page, choose Change details and correct the date of birth (mark it approximate if not sure).");

    public static readonly QualityRule BirthBefore1900 = new("date-of-birth-before-1900", QualityRuleKind.ImpossibleDate,
        "Date of birth before 1900",
        "Almost always a mistyped year or a placeholder date: it makes the person look like someone else and hides their real age.",
        "Open the person's page, choose Change details and correct the date of birth, or mark it unknown.");

    public static readonly QualityRule ChildAged18 = new("child-aged-18-or-over", QualityRuleKind.ImpossibleDate,
        "Child aged 18 or over",
        "Someone recorded as a child who is an adult is either a wrong date of birth or a wrong role: the case's plans, reviews and figures count them as a child.",
        "Check the date of birth on the person's page; if it is right, change their role on the case (or close the case if the work has ended).");

    public static readonly QualityRule OpenedInFuture = new("case-opened-in-future", QualityRuleKind.ImpossibleDate,
        "Case opened in the future",
        "Timescales and dashboards count from the opening date; a future date hides the case from this period's figures.",
        "Open the case, choose Change case details and correct the date it opened.");

    public static readonly QualityRule ClosedBeforeOpened = new("case-closed-before-opened", QualityRuleKind.ImpossibleDate,
        "Case closed before it opened",
        "One of the two dates is wrong, so the length of the agency's involvement and its figures are wrong.",
        "Open the case, choose Change case details and correct the opening or closing date.");

    public static readonly QualityRule RelationshipBackwards = new("relationship-ends-before-start", QualityRuleKind.ImpossibleDate,
        "Relationship ending before it started",
        "The history of his relationships is part of his pattern: wrong dates make earlier partners and families look current, or the other way round.",
        "Open the person's page and correct the relationship's start or end date.");

    public static readonly QualityRule NoteBeforeCase = new("note-before-case-opened", QualityRuleKind.ImpossibleDate,
        "Case note dated before the case opened",
        "Either the note's date or the case's opening date is wrong, and the chronology a court or a review reads is out of order.",
        "Open the note and correct its date (a signed note takes an addendum saying so), or correct the case's opening date.");

    public static readonly QualityRule NoteInFuture = new("note-in-future", QualityRuleKind.ImpossibleDate,
        "Case note dated in the future",
        "A contact cannot have happened yet: the chronology and the contact figures are wrong.",
        "Open the note and correct its date (a signed note takes an addendum saying so).");

    public static readonly QualityRule IntakeInFuture = new("intake-received-in-future", QualityRuleKind.ImpossibleDate,
        "Intake received in the future",
        "Screening figures count intakes by the date received; a future date moves the concern out of the period it belongs to.",
        "Open the intake and correct the date it was received.");

    public static readonly QualityRule IntakeCompletedEarly = new("intake-completed-before-received", QualityRuleKind.ImpossibleDate,
        "Intake completed before it was received",
        "The date received is wrong (it is after the day the intake was completed), so the time taken to respond is wrong too.",
        "Open the intake and correct the date it was received.");

    public static readonly QualityRule LikelyDuplicate = new("likely-duplicate-person", QualityRuleKind.LikelyDuplicate,
        "Likely the same person recorded twice",
        "Two records of one person split their history: a perpetrator's pattern across families, or a child's earlier involvement, stays hidden.",
        "Open both people's pages and compare them. If they are one person, add the record you keep to the other record's cases with Add an existing person (Lantern cannot merge records yet).");

    public static IReadOnlyList<QualityRule> All { get; } =
    [
        CaseWithoutWorker, CaseWithoutTeam, CaseWithoutChild, CaseWithoutSurvivor, ClosedWithoutDate, PersonWithoutName,
        ChildWithoutDateOfBirth, IntakeUnfinished,
        BirthInFuture, BirthBefore1900, ChildAged18, OpenedInFuture, ClosedBeforeOpened, RelationshipBackwards, NoteBeforeCase,
        NoteInFuture, IntakeInFuture, IntakeCompletedEarly,
        LikelyDuplicate,
    ];

    private static readonly Dictionary<string, QualityRule> ById = All.ToDictionary(r => r.Id, StringComparer.Ordinal);

    /// <summary>The rule with this id, or null for an id no rule has.</summary>
    public static QualityRule? Find(string? id) => id is not null && ById.TryGetValue(id, out var rule) ? rule : null;
}
