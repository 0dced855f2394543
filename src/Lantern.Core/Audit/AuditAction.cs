namespace Lantern.Core.Audit;

/// <summary>
/// Every kind of audited event. Append only: numbers are never reused or changed, because the numbers are
/// part of each row's hash. docs/audit-events.md describes each one.
/// </summary>
public enum AuditAction
{
    CaseListed = 100,
    CaseViewed = 101,
    CaseCreated = 102,
    CaseUpdated = 103,
    ParticipantAdded = 110,
    ParticipantUpdated = 111,
    PersonViewed = 200,
    PersonCreated = 201,
    PersonUpdated = 202,
    PersonSearched = 203,
    ConfidentialAddressViewed = 204,
    RelationshipCreated = 210,
    RelationshipUpdated = 211,
    RelationshipsListed = 212,
    IntakeViewed = 300,
    IntakeCreated = 301,
    IntakeUpdated = 302,
    IntakeCompleted = 303,
    NoteViewed = 320,
    NoteCreated = 321,
    NoteUpdated = 322,
    NoteSigned = 323,
    NoteAddendumAdded = 324,
    LanguageFindingDismissed = 325,
    NotesChecked = 326,
    SignedIn = 400,
    SignInFailed = 401,
    LockedOut = 402,
    SignedOut = 403,
    AccessDenied = 404,
    UserCreated = 500,
    UserDisabled = 501,
    UserEnabled = 502,
    AgencyCreated = 503,
    TeamCreated = 504,
    UserUnlocked = 505,
    AuditViewed = 600,
    DemoDataSeeded = 700,
}
