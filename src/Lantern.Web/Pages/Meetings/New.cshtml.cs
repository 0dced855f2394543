using Lantern.Core.Access;
using Lantern.Core.Cases;
using Lantern.Core.Meetings;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Meetings;

/// <summary>Records a meeting on a case.</summary>
public sealed class NewModel(MeetingService meetings, CaseService cases, AccessScope scope) : MeetingEditorModel(meetings, scope)
{
    [FromRoute]
    public Guid CaseId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        PadRows();
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
            return await ShowErrorsAsync(input, cancellationToken);
        }

        PadRows();
        return await ChangeAsync(async () =>
        {
            if (await Meetings.CreateAsync(CaseId, input, cancellationToken) is not { } created)
            {
                return NotFound();
            }

            TempData["Success"] = "The meeting has been recorded.";
            return Redirect($"/Meetings/{created.Id}");
        });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var (found, refusal) = await CaseToChangeAsync(cases, Scope, CaseId, cancellationToken);
        if (found is null)
        {
            return refusal;
        }

        CaseReference = found.Reference;
        MeetingCaseId = found.Id;
        await LoadAgenciesAsync(cancellationToken);
        return null;
    }
}
