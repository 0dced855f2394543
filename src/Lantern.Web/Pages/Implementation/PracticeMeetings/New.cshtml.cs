using Lantern.Core.Access;
using Lantern.Core.Implementation;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Implementation.PracticeMeetings;

/// <summary>Records a monthly practice meeting.</summary>
public sealed class NewModel(PracticeMeetingService meetings, AccessScope scope) : PracticeMeetingEditorModel(meetings, scope)
{
    public IActionResult OnGet() => MayRecord ? Page() : Forbid();

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
            var created = await Meetings.CreateAsync(input, cancellationToken);
            TempData["Success"] = "The practice meeting has been recorded.";
            return Redirect($"/Implementation/PracticeMeetings/{created.Id}");
        });
    }
}
