using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages;

/// <summary>One page for every error status, in words a caseworker can act on; no technical detail leaks.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";
    public string Explanation { get; private set; } = "";

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        (Heading, Explanation) = status switch
        {
            404 => ("Page not found", "There is nothing here, or it is not open to you. If you followed a link to a case, check the reference with the allocated worker."),
            403 => ("You do not have access", "Your role does not include this. Ask your supervisor or an administrator if you need it."),
            400 when HttpContext.Items.ContainsKey(Security.ExpiredFormFilter.ItemKey) => ("This form could not be sent",
                "It was opened in another session, or the session it belonged to has ended. Nothing was saved. Go back, reload the page and enter it again."),
            400 => ("The request could not be read", "Go back, check what you entered, and try again."),
            _ => ("Something went wrong", "Lantern could not finish this. Nothing you saved before is lost. Try again; if it keeps happening, tell your administrator the time it happened."),
        };
        if (status is >= 400 and < 600)
        {
            Response.StatusCode = status.Value;
        }
    }
}
