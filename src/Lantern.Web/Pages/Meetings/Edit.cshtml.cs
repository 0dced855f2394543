using Lantern.Core.Access;
using Lantern.Core.Meetings;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Meetings;

/// <summary>Changes a meeting's record (minutes after it is held, actions as they move). When someone else saved first, shows what is saved now beside what the user typed.</summary>
public sealed class EditModel(MeetingService meetings, AccessScope scope) : MeetingEditorModel(meetings, scope)
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The meeting as someone else saved it, after a conflict.</summary>
    public MeetingView? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } meeting)
        {
            return await RefusalAsync(cancellationToken);
        }

        if (!Scope.WritesCases)
        {
            return Forbid();
        }

        Input = MeetingFields.From(meeting);
        PadRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is null)
        {
            return await RefusalAsync(cancellationToken);
        }

        if (!Scope.WritesCases)
        {
            return Forbid();
        }

        var input = ReadInput();
        if (HasErrors)
        {
            return await ShowErrorsAsync(input, cancellationToken);
        }

        PadRows();
        return await ChangeAsync(async () =>
        {
            if (!await Meetings.UpdateAsync(Id, input, cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = "Your changes to the meeting have been saved.";
            return Redirect($"/Meetings/{Id}");
        });
    }

    protected override async Task OnEditConflictAsync()
    {
        Current = await Meetings.GetForChangeAsync(Id, HttpContext.RequestAborted);
        if (Current is not null)
        {
            // Saving again now is a deliberate choice to replace what the other person saved.
            Input.Version = Current.Version;
            foreach (var action in Input.Actions.Where(a => a.Id is not null))
            {
                action.Version = Current.Actions.FirstOrDefault(c => c.Id == action.Id)?.Version ?? action.Version;
            }
        }
    }

    /// <summary>A meeting the user may read but not change (a partner's, on a shared case) is refused; any other is not found.</summary>
    private async Task<IActionResult> RefusalAsync(CancellationToken cancellationToken) =>
        await Meetings.IsVisibleAsync(Id, cancellationToken) ? Forbid() : NotFound();

    private async Task<MeetingView?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await Meetings.GetForChangeAsync(Id, cancellationToken) is not { } meeting)
        {
            return null;
        }

        CaseReference = meeting.CaseReference;
        MeetingCaseId = meeting.CaseId;
        await LoadAgenciesAsync(cancellationToken);
        return meeting;
    }
}
