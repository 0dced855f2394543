using Lantern.Core.Access;
using Lantern.Core.Implementation;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Implementation.PracticeMeetings;

/// <summary>Changes a practice meeting. Cases discussed that this user cannot see are not shown and stay as they were.</summary>
public sealed class EditModel(PracticeMeetingService meetings, AccessScope scope) : PracticeMeetingEditorModel(meetings, scope)
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The meeting as someone else saved it, shown beside what this user typed after an edit conflict.</summary>
    public PracticeMeetingView? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!MayRecord)
        {
            return Forbid();
        }

        if (await Meetings.GetAsync(Id, cancellationToken) is not { } meeting)
        {
            return NotFound();
        }

        Input = PracticeMeetingFields.From(meeting);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!MayRecord)
        {
            return Forbid();
        }

        var input = ReadInput();
        if (HasErrors)
        {
            return await ShowErrorsAsync(input, cancellationToken);
        }

        return await ChangeAsync(async () =>
        {
            if (await Meetings.UpdateAsync(Id, input, cancellationToken) is null)
            {
                return NotFound();
            }

            TempData["Success"] = "The practice meeting has been changed.";
            return Redirect($"/Implementation/PracticeMeetings/{Id}");
        });
    }

    protected override async Task OnEditConflictAsync()
    {
        Current = await Meetings.GetAsync(Id, HttpContext.RequestAborted);
        if (Current is not null)
        {
            // Saving again now is a deliberate choice to replace what the other person saved.
            Input.Version = Current.Version;
        }
    }
}
