using Lantern.Core.Access;
using Lantern.Core.Cases;
using Lantern.Core.People;
using Lantern.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Cases.Relationships;

public sealed class RelationshipFields
{
    public Guid? PersonId { get; set; }
    public RelationshipKind? Kind { get; set; }
    public Guid? RelatedPersonId { get; set; }
    public DateParts StartedOn { get; set; } = new();
    public DateParts EndedOn { get; set; } = new();
}

/// <summary>Records how two people in the case are related, read as a sentence: "A is the partner of B".</summary>
public sealed class NewModel(CaseService cases, RelationshipService relationships, AccessScope scope, LanternSettings settings) : FormPageModel
{
    protected override string InputPrefix => "Input";

    [BindProperty]
    public RelationshipFields Input { get; set; } = new();

    public CaseDetail Case { get; private set; } = null!;
    public IReadOnlyList<Choice> People { get; private set; } = [];

    public static IReadOnlyList<Choice> Kinds { get; } = Choice.FromEnum<RelationshipKind>(k => k == RelationshipKind.Other
        ? "is " + Labels.For(k)
        : "is the " + Labels.For(k));

    public async Task<IActionResult> OnGetAsync(Guid caseId, CancellationToken cancellationToken) =>
        await LoadAsync(caseId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(caseId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var inCase = Case.Participants.Select(p => p.PersonId).ToHashSet();
        if (Input.PersonId is { } a && !inCase.Contains(a))
        {
            ModelState.AddModelError(KeyFor("PersonId"), "Choose someone in this case.");
        }

        if (Input.RelatedPersonId is { } b && !inCase.Contains(b))
        {
            ModelState.AddModelError(KeyFor("RelatedPersonId"), "Choose someone in this case.");
        }

        var input = new RelationshipInput
        {
            PersonId = Input.PersonId,
            Kind = Input.Kind,
            RelatedPersonId = Input.RelatedPersonId,
            StartedOn = ReadDate(Input.StartedOn, "StartedOn", "The start date"),
            EndedOn = ReadDate(Input.EndedOn, "EndedOn", "The end date"),
        };
        if (HasErrors)
        {
            AddRuleErrors(input);
            return Page();
        }

        return await ChangeAsync(async () =>
        {
            await relationships.CreateAsync(input, cancellationToken);
            var names = Case.Participants.ToDictionary(p => p.PersonId, p => p.Name);
            TempData["Success"] = $"Recorded: {names[input.PersonId!.Value]} {Kinds.First(k => k.Value == input.Kind.ToString()).Text} {names[input.RelatedPersonId!.Value]}.";
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
        People = found.Participants
            .Select(p => new Choice(p.PersonId.ToString(), $"{p.Name} ({Labels.ForRole(p.Role, settings)})"))
            .ToList();
        return null;
    }
}
