using Lantern.Core.Access.Policy;

namespace Lantern.Assurance.Tests.Policy;

/// <summary>
/// The rows of the access policy the matrix asks about: those the code asks about (<see cref="AccessRights"/>) and those
/// that only describe what the query filters and services do, which the matrix checks against the running app.
/// </summary>
internal static class PolicyRights
{
    public static readonly AccessRight ReadCase = AccessRights.ReadCase;
    public static readonly AccessRight UpdateCase = AccessRights.UpdateCase;
    public static readonly AccessRight ReadPerson = new("person", "read");
    public static readonly AccessRight UpdatePerson = new("person", "update");
    public static readonly AccessRight SeeLocation = new("survivor-location", "read");
    public static readonly AccessRight GrantLocation = new("survivor-location", "grant");
    public static readonly AccessRight SeeContact = new("contact-details", "read");
    public static readonly AccessRight ReadIntake = new("intake", "read");
    public static readonly AccessRight ReadNote = new("note", "read");
    public static readonly AccessRight ReadMap = new("map", "read");
    public static readonly AccessRight AddToMap = new("map", "add");
    public static readonly AccessRight ReadPlan = new("plan", "read");
    public static readonly AccessRight ReadSafetyPlan = AccessRights.ReadSafetyPlan;
    public static readonly AccessRight UpdateSafetyPlan = new("safety-plan", "update");
    public static readonly AccessRight ReadMeeting = new("meeting", "read");
    public static readonly AccessRight ReadPack = new("meeting-pack", "read");
    public static readonly AccessRight ChangeCaseWork = new("case-work", "update");
    public static readonly AccessRight ReadSharing = new("sharing", "read");
    public static readonly AccessRight UpdateSharing = new("sharing", "update");
    public static readonly AccessRight ReadSupervision = new("supervision", "read");
    public static readonly AccessRight UpdateSupervision = AccessRights.UpdateSupervision;
    public static readonly AccessRight ListSupervision = new("supervision", "list");
    public static readonly AccessRight ReadReferral = new("referral", "read");
    public static readonly AccessRight ListReferrals = new("referral", "list");
    public static readonly AccessRight ReadReview = AccessRights.ReadReview;
    public static readonly AccessRight UpdateReview = new("review", "update");
}
