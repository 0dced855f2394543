using Lantern.Core.Supervision;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Supervision;

/// <summary>
/// Records a supervision session on a case: a supervisor's or manager's only (a practitioner or reviewer is refused with
/// 403; someone who may not see the case, or a partner agency, finds nothing). The map's gaps as they stand now are
/// beside the form and start the "gaps found" box; the actions still open from earlier sessions are followed up here.
/// </summary>
public sealed class NewModel(SupervisionService supervision, TimeProvider clock) : SupervisionEditorModel(supervision, clock)
{
    [FromRoute]
    public Guid CaseId { get; set; }

    public override string FormAction => $"/Cases/{CaseId}/Supervision/New";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Input = new SupervisionFields
        {
            HeldOn = DateParts.From(Today),
            WorkerId = Context.AllocatedWorkerId is { } allocated && Context.Workers.Any(w => w.Id == allocated) ? allocated : null,
            GapsFound = Context.SuggestedGaps,
        };
        AlignFollowUps(null);
        PadActions();
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
            var shown = await ShowErrorsAsync(input, null, cancellationToken);
            AlignFollowUps(null);
            PadActions(1);
            return shown;
        }

        var result = await ChangeAsync(async () =>
        {
            if (await Supervision.CreateAsync(CaseId, input, cancellationToken) is not { } created)
            {
                return NotFound();
            }

            TempData["Success"] = "The supervision session has been recorded.";
            return Redirect($"/Supervision/{created.Id}");
        });
        AlignFollowUps(null);
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
        AlignFollowUps(null);
        return result;
    }

    protected override async Task OnEditConflictAsync()
    {
        // An earlier action was followed up or changed meanwhile: show the actions as they are now, keeping what was chosen for each.
        if (await Supervision.FormContextAsync(CaseId, null, HttpContext.RequestAborted) is { } fresh)
        {
            Context = fresh;
            foreach (var row in Input.FollowUps)
            {
                row.Version = fresh.FollowUps.FirstOrDefault(a => a.Id == row.ActionId)?.Version ?? row.Version;
            }
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await Supervision.FormContextAsync(CaseId, null, cancellationToken) is not { } context)
        {
            return NotFound();
        }

        Context = context;
        return null;
    }
}
