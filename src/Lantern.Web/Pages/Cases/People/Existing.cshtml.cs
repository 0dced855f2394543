using Lantern.Core.Access;
using Lantern.Core.Cases;
using Lantern.Core.People;
using Lantern.Web.Pages.Forms;
using Lantern.Web.Pages.People;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Cases.People;

public sealed class ExistingPersonInput
{
    public Guid? PersonId { get; set; }
    public ParticipantRole? Role { get; set; }
}

/// <summary>
/// Adds someone already recorded in another case the user can see, so that one person has one record and their
/// history (a perpetrator's earlier families, for example) stays connected.
/// </summary>
public sealed class ExistingModel(CaseService cases, PersonService people, ParticipantService participants, AccessScope scope,
    LanternSettings settings) : FormPageModel
{
    protected override string InputPrefix => "Input";

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty]
    public ExistingPersonInput Input { get; set; } = new();

    public CaseDetail Case { get; private set; } = null!;
    public IReadOnlyList<Choice> Found { get; private set; } = [];
    public int AlreadyInCase { get; private set; }
    public IReadOnlyList<Choice> Roles => PersonFields.Roles(settings);
    public bool Searched => !string.IsNullOrWhiteSpace(Search);

    public async Task<IActionResult> OnGetAsync(Guid caseId, CancellationToken cancellationToken) =>
        await LoadAsync(caseId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(caseId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var input = new ParticipantInput { PersonId = Input.PersonId, Role = Input.Role };
        if (HasErrors)
        {
            AddRuleErrors(input);
            return Page();
        }

        return await ChangeAsync(async () =>
        {
            if (await participants.AddAsync(caseId, input, cancellationToken) is null)
            {
                return NotFound();
            }

            TempData["Success"] = "The person has been added to this case as " + Labels.ForRole(Input.Role!.Value, settings) + ".";
            return Redirect($"/Cases/{caseId}");
        });
    }

    private async Task<IActionResult?> LoadAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var (found, refusal) = await CaseToChangeAsync(cases, scope, caseId, cancellationToken);
        if (found is null)
        {
            return refusal;
        }

        Case = found;
        Search = Search?.Trim() is { Length: > 100 } longText ? longText[..100] : Search?.Trim();
        if (Searched)
        {
            var inCase = found.Participants.Select(p => p.PersonId).ToHashSet();
            var results = await people.SearchAsync(Search, 25, cancellationToken);
            AlreadyInCase = results.Count(r => inCase.Contains(r.Id));
            Found = results.Where(r => !inCase.Contains(r.Id))
                .Select(r => new Choice(r.Id.ToString(), r.Name, r.DateOfBirth is { } born && r.DateOfBirthAccuracy != DateOfBirthAccuracy.Unknown
                    ? $"Born {Labels.Date(born)}{(r.DateOfBirthAccuracy == DateOfBirthAccuracy.Approximate ? " (approximate)" : "")}"
                    : "Date of birth not known"))
                .ToList();
        }

        return null;
    }
}
