using Lantern.Core.Agencies;
using Lantern.Core.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Account;

public sealed class SignOutModel(SignInManager<LanternUser> signIn, AuditTrail audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.SignedOut));
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignIn");
    }
}
