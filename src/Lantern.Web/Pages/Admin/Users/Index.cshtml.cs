using Lantern.Core.Access;
using Lantern.Core.Agencies;
using Lantern.Core.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Admin.Users;

/// <summary>Every account, with disable, enable and unlock. Disabling ends the user's sessions at once.</summary>
public sealed class IndexModel(AccountAdministration administration, AccessScope scope) : PageModel
{
    public IReadOnlyList<UserView> Users { get; private set; } = [];
    public Guid CurrentUserId => scope.UserId;
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Users = await administration.ListUsersAsync(cancellationToken);

    public Task<IActionResult> OnPostDisableAsync(Guid userId, CancellationToken cancellationToken) =>
        ChangeAsync(userId, "has been disabled and signed out everywhere", () => administration.SetDisabledAsync(userId, true, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(Guid userId, CancellationToken cancellationToken) =>
        ChangeAsync(userId, "has been enabled and can sign in again", () => administration.SetDisabledAsync(userId, false, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostUnlockAsync(Guid userId, CancellationToken cancellationToken) =>
        ChangeAsync(userId, "has been unlocked and can sign in again", () => administration.UnlockAsync(userId, cancellationToken), cancellationToken);

    private async Task<IActionResult> ChangeAsync(Guid userId, string done, Func<Task<bool>> change, CancellationToken cancellationToken)
    {
        try
        {
            if (!await change())
            {
                return NotFound();
            }

            var user = (await administration.ListUsersAsync(cancellationToken)).FirstOrDefault(u => u.Id == userId);
            TempData["Success"] = $"The account {user?.UserName} {done}.";
            return Redirect("/Admin/Users");
        }
        catch (InvalidInputException invalid)
        {
            Problem = string.Join(" ", invalid.Errors.SelectMany(e => e.Value));
        }
        catch (EditConflictException conflict)
        {
            Problem = conflict.Message;
        }
        catch (NotPermittedException)
        {
            return Forbid();
        }

        Users = await administration.ListUsersAsync(cancellationToken);
        return Page();
    }
}
