using System.Globalization;
using Lantern.Core.Access;
using Lantern.Core.Implementation;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Implementation.Presentations;

public sealed class PresentationFields
{
    public DateParts GivenOn { get; set; } = new();
    public PresentationAudience? AudienceKind { get; set; }
    public string? Audience { get; set; }
    public string? Topic { get; set; }
    public string? Presenter { get; set; }

    /// <summary>Kept as typed, so that "about 20" comes back to be corrected rather than vanishing.</summary>
    public string? AttendeeCount { get; set; }
}

/// <summary>Records a presentation of the model to a unit or a partner agency.</summary>
public sealed class NewModel(PresentationService presentations, AccessScope scope) : FormPageModel
{
    protected override string InputPrefix => "Input";

    [BindProperty]
    public PresentationFields Input { get; set; } = new();

    public IActionResult OnGet() => ImplementationPermissions.MayRecord(scope) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ImplementationPermissions.MayRecord(scope))
        {
            return Forbid();
        }

        int? count = null;
        if (!string.IsNullOrWhiteSpace(Input.AttendeeCount))
        {
            if (int.TryParse(Input.AttendeeCount.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                count = parsed;
            }
            else
            {
                ModelState.AddModelError(KeyFor(nameof(PresentationFields.AttendeeCount)), "Enter the number of people as a whole number, for example 12, or leave it empty.");
            }
        }

        var input = new PresentationInput
        {
            GivenOn = ReadDate(Input.GivenOn, nameof(PresentationFields.GivenOn), "The date of the presentation"),
            AudienceKind = Input.AudienceKind,
            Audience = Input.Audience,
            Topic = Input.Topic,
            Presenter = Input.Presenter,
            AttendeeCount = count,
        };
        if (HasErrors)
        {
            AddRuleErrors(input);
            AddErrors(presentations.Problems(input), onlyNewFields: true);
            return Page();
        }

        return await ChangeAsync(async () =>
        {
            await presentations.CreateAsync(input, cancellationToken);
            TempData["Success"] = "The presentation has been recorded.";
            return Redirect("/Implementation/Presentations");
        });
    }
}
