using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Lantern.Core.Agencies;
using Lantern.Core.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Pages.Account;

public sealed class SignInModel(SignInManager<LanternUser> signIn, AuditTrail audit, TimeProvider clock) : FormPageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your user name.")]
    public string? UserName { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter your password.")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Ended { get; set; }

    public string? Problem { get; private set; }

    /// <summary>A new installation without --demo has no accounts: point to first-run set-up.</summary>
    public bool NeedsSetup { get; private set; }

    public async Task OnGetAsync() => NeedsSetup = !await signIn.UserManager.Users.AnyAsync();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        audit.ActorName = UserName;
        var user = await signIn.UserManager.FindByNameAsync(UserName!);
        if (user is null || user.IsDisabled)
        {
            await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.SignInFailed, Outcome: AuditOutcome.Denied, Detail: "channel=web"));
            Problem = "The user name or password is not right.";
            return Page();
        }

        var check = await signIn.CheckPasswordSignInAsync(user, Password!, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            await audit.SaveAsync(cancellationToken, new AuditEntry(check.IsLockedOut ? AuditAction.LockedOut : AuditAction.SignInFailed,
                SubjectId: user.Id, Outcome: AuditOutcome.Denied, Detail: "channel=web"));
            Problem = check.IsLockedOut
                ? "This account is locked after repeated failed sign-ins. Try again in 15 minutes, or ask an administrator to unlock it."
                : "The user name or password is not right.";
            return Page();
        }

        var properties = new AuthenticationProperties { IsPersistent = false };
        properties.Items[LanternWebApp.SignedInAtItem] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        await signIn.SignInWithClaimsAsync(user, properties, []);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.SignedIn, SubjectId: user.Id, Detail: "channel=web"));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
