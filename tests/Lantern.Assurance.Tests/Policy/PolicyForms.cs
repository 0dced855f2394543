using System.Reflection;
using Lantern.Core.Access.Policy;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Lantern.Assurance.Tests.Policy.PolicyRights;

namespace Lantern.Assurance.Tests.Policy;

/// <summary>
/// The page forms (POST with the user's antiforgery token) and the removals (DELETE) the matrix sends about the Calder
/// case. A form is posted empty, or with a stale version where it removes or signs, so that a user who may change the
/// case is shown the form's own errors (200) or a conflict and nothing is saved; one who may not is refused (403) or
/// told there is no such record (404). A redirect from an empty form would mean it saved something, and fails the sweep.
/// </summary>
internal static class PolicyForms
{
    /// <summary>A page handler: the page as its folder path under Pages, and the handler's name (empty for OnPost).</summary>
    /// <param name="SavesWhatIsThere">The post saves the state the case is already in, so that an allowed one redirects and changes nothing.</param>
    internal sealed record Form(string Page, string Handler, string Url, AccessRight Right, IReadOnlyDictionary<string, string> Fields, bool SavesWhatIsThere = false)
    {
        public string Key => Handler.Length == 0 ? Page : $"{Page}:{Handler}";

        public PolicyRoute AsRoute => new(Key, Url, Right, CaseScoped: true);
    }

    private static readonly Dictionary<string, string> Empty = [];
    private static readonly Dictionary<string, string> Stale = new() { ["Version"] = "1" };

    /// <summary>Page handlers the matrix does not post, each with the reason.</summary>
    public static IReadOnlyDictionary<string, string> OutsideTheMatrix { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Error"] = "the error page",
        ["Cases/Notes/Details"] = "a post without a handler does nothing and shows the note again",
        ["Setup/Index"] = "first-run setup, refused once an administrator exists",
        ["Account/SignIn"] = "open to everyone",
        ["Account/SignOut"] = "signs the user out",
        ["Intakes/New"] = "starts a new case (the case-list rule); tried by the intake journey tests",
        ["Reviews/Case"] = "starts a review of the case: there is no empty form to refuse; tried in Web.Tests/Reviews",
        ["Reviews/Index"] = "draws a review sample of the agency, not of a case; tried in Web.Tests/Reviews",
        ["Referrals/Details"] = "the receiving agency's answer to a referral; tried in Web.Tests/Sharing",
        ["Meetings/Progress"] = "decided by the action's owning agency, not the case; tried in the meetings tests",
        ["Notifications/Index:Read"] = "the user's own notifications",
        ["Notifications/Index:ReadAll"] = "the user's own notifications",
        ["SafetyPlans/Details:Revoke"] = "names a grant: an allowed user's unknown grant answers 404 as a hidden case does; tried in Web.Tests/Plans",
        ["Sharing/Index:RevokeLocation"] = "names a grant: an unknown one answers 404 for everyone; tried in Web.Tests/Sharing",
        ["Sharing/Index:Lift"] = "names a withholding: an unknown one answers 404 for everyone; tried in Web.Tests/Sharing",
        ["Sharing/Index:End"] = "names a share: an unknown one answers 404 for everyone; tried in Web.Tests/Sharing",
        ["Sharing/Index:Withdraw"] = "names a consent: an unknown one answers 404 for everyone; tried in Web.Tests/Sharing",
    };

    /// <summary>Agency-wide forms (administration, implementation records): decided by role alone, and tried by their own tests.</summary>
    private static readonly string[] AgencyFolders = ["Admin/", "Implementation/"];

    public static IReadOnlyList<Form> For(CalderRecords r, bool restricted) =>
    [
        new("Cases/Edit", "", $"/Cases/{r.Case}/Edit", UpdateCase, Empty),
        new("Cases/Notes/New", "", $"/Cases/{r.Case}/Notes/New", ChangeCaseWork, Empty),
        new("Cases/Notes/New", "Check", $"/Cases/{r.Case}/Notes/New?handler=Check", ChangeCaseWork, Empty),
        new("Cases/Notes/New", "Rewrite", $"/Cases/{r.Case}/Notes/New?handler=Rewrite", ChangeCaseWork, Empty),
        new("Cases/Notes/Edit", "", $"/Notes/{r.Note}/Edit", ChangeCaseWork, Empty),
        new("Cases/Notes/Edit", "Check", $"/Notes/{r.Note}/Edit?handler=Check", ChangeCaseWork, Empty),
        new("Cases/Notes/Edit", "Rewrite", $"/Notes/{r.Note}/Edit?handler=Rewrite", ChangeCaseWork, Empty),
        new("Cases/Notes/Edit", "Dismiss", $"/Notes/{r.Note}/Edit?handler=Dismiss", ChangeCaseWork, Empty),
        new("Cases/Notes/Details", "Sign", $"/Notes/{r.Note}?handler=Sign", ChangeCaseWork, Stale),
        new("Cases/Notes/Details", "Addendum", $"/Notes/{r.Note}?handler=Addendum", ChangeCaseWork, Empty),
        new("Cases/People/New", "", $"/Cases/{r.Case}/People/New", UpdateCase, Empty),
        new("Cases/People/Existing", "", $"/Cases/{r.Case}/People/Existing", UpdateCase, Empty),
        new("Cases/Relationships/New", "", $"/Cases/{r.Case}/Relationships/New", UpdateCase, Empty),
        new("People/Edit", "", $"/People/{r.Survivor}/Edit", UpdatePerson, Empty),
        new("Intakes/Details", "", $"/Intakes/{r.OpenIntake}/Details", ChangeCaseWork, Empty),
        new("Intakes/Screening", "", $"/Intakes/{r.OpenIntake}/Screening", ChangeCaseWork, Empty),
        new("Intakes/Check", "", $"/Intakes/{r.OpenIntake}/Check", ChangeCaseWork, Empty),
        new("Map/New", "", $"/Cases/{r.Case}/Map/New", AddToMap, Empty),
        new("Map/Edit", "", $"/MapEntries/{r.MapEntry}/Edit", ChangeCaseWork, Empty),
        new("Map/Remove", "", $"/MapEntries/{r.MapEntry}/Remove", ChangeCaseWork, Stale),
        new("Plans/NewGoal", "", $"/Cases/{r.Case}/Plan/Goals/New", ChangeCaseWork, Empty),
        new("Plans/NewGoal", "Check", $"/Cases/{r.Case}/Plan/Goals/New?handler=Check", ChangeCaseWork, Empty),
        new("Plans/EditGoal", "", $"/PlanGoals/{r.PlanGoal}/Edit", ChangeCaseWork, Empty),
        new("Plans/EditGoal", "Check", $"/PlanGoals/{r.PlanGoal}/Edit?handler=Check", ChangeCaseWork, Empty),
        new("Plans/EditGoal", "Remove", $"/PlanGoals/{r.PlanGoal}/Edit?handler=Remove", ChangeCaseWork, Stale),
        new("Plans/Review", "", $"/Cases/{r.Case}/Plan/Review", ChangeCaseWork, Empty),
        new("SafetyPlans/New", "", $"/Cases/{r.Case}/SafetyPlans/New", ChangeCaseWork, Empty),
        new("SafetyPlans/Edit", "", $"/SafetyPlans/{r.SafetyPlan}/Edit", UpdateSafetyPlan, Empty),
        new("SafetyPlans/Details", "Grant", $"/SafetyPlans/{r.SafetyPlan}?handler=Grant", UpdateSafetyPlan, Empty),
        new("RiskPlans/New", "", $"/Cases/{r.Case}/RiskPlans/New", ChangeCaseWork, Empty),
        new("RiskPlans/Edit", "", $"/RiskPlans/{r.RiskPlan}/Edit", ChangeCaseWork, Empty),
        new("Meetings/New", "", $"/Cases/{r.Case}/Meetings/New", ChangeCaseWork, Empty),
        new("Meetings/Edit", "", $"/Meetings/{r.Meeting}/Edit", ChangeCaseWork, Empty),
        new("Sharing/Index", "", $"/Cases/{r.Case}/Sharing", UpdateSharing, Empty),
        new("Sharing/Index", "Withhold", $"/Cases/{r.Case}/Sharing?handler=Withhold", UpdateSharing, Empty),
        new("Sharing/Index", "GrantLocation", $"/Cases/{r.Case}/Sharing?handler=GrantLocation", GrantLocation, Empty),

        // Sets the case's restriction to what it is in this phase, so that an allowed post changes nothing.
        new("Sharing/Index", "Restrict", $"/Cases/{r.Case}/Sharing?handler=Restrict", UpdateSharing, new Dictionary<string, string> { ["restricted"] = restricted ? "true" : "false" }, SavesWhatIsThere: true),
        new("Supervision/New", "", $"/Cases/{r.Case}/Supervision/New", UpdateSupervision, Empty),
        new("Supervision/New", "AddAction", $"/Cases/{r.Case}/Supervision/New?handler=AddAction", UpdateSupervision, Empty),
        new("Supervision/Edit", "", $"/Supervision/{r.Supervision}/Edit", UpdateSupervision, Empty),
        new("Supervision/Edit", "AddAction", $"/Supervision/{r.Supervision}/Edit?handler=AddAction", UpdateSupervision, Empty),
        new("Referrals/New", "", $"/Cases/{r.Case}/Referrals/New", ChangeCaseWork, Empty),
        .. r.Review is { } review
            ? new Form[]
            {
                new("Reviews/Review", "Save", $"/Reviews/{review}?handler=Save", UpdateReview, Stale),
                new("Reviews/Review", "Confirm", $"/Reviews/{review}?handler=Confirm", UpdateReview, Stale),
            }
            : [],
    ];

    /// <summary>Removals through the API, each with a stale version: allowed users get 409 and nothing is removed.</summary>
    public static IReadOnlyList<PolicyRoute> Removals(CalderRecords r) =>
    [
        new("/api/v1/map-entries/{id}", $"/api/v1/map-entries/{r.MapEntry}?version=1", ChangeCaseWork, CaseScoped: true),
        new("/api/v1/plan-goals/{id}", $"/api/v1/plan-goals/{r.PlanGoal}?version=1", ChangeCaseWork, CaseScoped: true),
    ];

    /// <summary>Every page handler (OnPost…) of the app as "Folder/Page" or "Folder/Page:Handler", to check that each is posted or excused.</summary>
    public static IEnumerable<string> HandlersOfTheApp()
    {
        var pages = typeof(Program).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract && t.Namespace is not null);
        foreach (var type in pages)
        {
            var folder = type.Namespace!["Lantern.Web.Pages".Length..].TrimStart('.').Replace('.', '/');
            var page = (folder.Length == 0 ? "" : folder + "/") + type.Name[..^"Model".Length];
            if (AgencyFolders.Any(f => page.StartsWith(f, StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal)))
            {
                var handler = method.Name["OnPost".Length..];
                handler = handler.EndsWith("Async", StringComparison.Ordinal) ? handler[..^"Async".Length] : handler;
                yield return handler.Length == 0 ? page : $"{page}:{handler}";
            }
        }
    }
}
