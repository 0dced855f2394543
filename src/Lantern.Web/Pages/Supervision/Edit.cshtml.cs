using Lantern.Core.Supervision;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Supervision;

/// <summary>
/// Changes a supervision session's record: a supervisor's or manager's of the case's agency. When someone else saved
/// first, shows what is saved now beside what the user typed.
/// </summary>
public sealed class EditModel(SupervisionService supervision, TimeProvider clock) : SupervisionEditorModel(supervision, clock)
{
    [FromRoute]
    public Guid Id { get; set; }

    public SupervisionView Session { get; private set; } = null!;

    /// <summary>The session as someone else saved it, after a conflict.</summary>
    public SupervisionView? Current { get; private set; }

    public override string FormAction => $"/Supervision/{Id}/Edit";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Input = SupervisionFields.From(Session);
        AlignFollowUps(Id);
        PadActions(1);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var input = ReadInput();
        if (HasErrors)
        {
            var shown = await ShowErrorsAsync(input, Id, cancellationToken);
            AlignFollowUps(Id);
            PadActions(1);
            return shown;
        }

        var result = await ChangeAsync(async () =>
        {
            if (!await Supervision.UpdateAsync(Id, input, cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = "Your changes to the supervision session have been saved.";
            return Redirect($"/Supervision/{Id}");
        });
        AlignFollowUps(Id);
        PadActions(1);
        return result;
    }

    /// <summary>"Add another action", without script: the form back as typed, one row longer.</summary>
    public async Task<IActionResult> OnPostAddActionAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var result = AddActionRow();
        AlignFollowUps(Id);
        return result;
    }

    protected override async Task OnEditConflictAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        Current = await Supervision.GetAsync(Id, cancellationToken);
        if (Current is null || await Supervision.FormContextAsync(Current.CaseId, Id, cancellationToken) is not { } fresh)
        {
            return;
        }

        // Saving again now is a deliberate choice to replace what the other person saved.
        Context = fresh;
        Input.Version = Current.Version;
        foreach (var action in Input.Actions.Where(a => a.Id is not null))
        {
            action.Version = Current.Actions.FirstOrDefault(c => c.Id == action.Id)?.Version ?? action.Version;
        }

        foreach (var row in Input.FollowUps)
        {
            row.Version = fresh.FollowUps.FirstOrDefault(a => a.Id == row.ActionId)?.Version ?? row.Version;
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await Supervision.GetAsync(Id, cancellationToken) is not { } session)
        {
            return NotFound();
        }

        if (!session.MayChange)
        {
            return Forbid();
        }

        if (await Supervision.FormContextAsync(session.CaseId, Id, cancellationToken) is not { } context)
        {
            return NotFound();
        }

        Session = session;
        Context = context;
        return null;
    }
}
