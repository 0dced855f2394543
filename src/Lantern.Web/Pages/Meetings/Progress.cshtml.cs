using Lantern.Core.Meetings;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Meetings;

public sealed class ProgressFields
{
    public MeetingActionStatus? Status { get; set; }
    public string? Note { get; set; }
    public uint? Version { get; set; }
}

/// <summary>Records where an action from a meeting has got to: the case's own agency for any action, a partner for one its agency owns.</summary>
public sealed class ProgressModel(MeetingService meetings) : FormPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    protected override string InputPrefix => "Input";

    [BindProperty]
    public ProgressFields Input { get; set; } = new();

    public OpenAction Action { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Input = new ProgressFields { Status = Action.Action.Status, Note = Action.Action.CompletionNote, Version = Action.Action.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        return await ChangeAsync(async () =>
        {
            if (!await meetings.RecordProgressAsync(Id, new ActionProgressInput { Status = Input.Status, Note = Input.Note, Version = Input.Version }, cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = "The action's progress has been saved.";
            return Redirect($"/Meetings/{Action.Action.MeetingId}");
        });
    }

    protected override async Task OnEditConflictAsync()
    {
        if (await meetings.GetActionAsync(Id, HttpContext.RequestAborted) is { } current)
        {
            Action = current;
            Input.Version = current.Action.Version;
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await meetings.GetActionAsync(Id, cancellationToken) is not { } action)
        {
            return NotFound();
        }

        Action = action;
        return action.MayRecordProgress ? null : Forbid();
    }
}
