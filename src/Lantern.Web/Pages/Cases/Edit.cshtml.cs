using Lantern.Core.Access;
using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.Validation;
using Lantern.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Cases;

public sealed class CaseEditInput
{
    public CaseStatus? Status { get; set; }
    public string? PresentingConcerns { get; set; }
    public DateParts ClosedOn { get; set; } = new();
    public Guid? TeamId { get; set; }
    public Guid? AllocatedWorkerId { get; set; }
    public uint? Version { get; set; }
}

/// <summary>Status, presenting concerns and allocation. A stale edit keeps what the user typed and shows what is saved now.</summary>
public sealed class EditModel(CaseService cases, LanternDbContext db, AccessScope scope) : FormPageModel
{
    protected override string InputPrefix => "Input";

    [BindProperty]
    public CaseEditInput Input { get; set; } = new();

    public CaseDetail Case { get; private set; } = null!;

    /// <summary>Set after an edit conflict: the case as it is saved now.</summary>
    public CaseDetail? Saved { get; private set; }

    public IReadOnlyList<Choice> Teams { get; private set; } = [];
    public IReadOnlyList<Choice> Workers { get; private set; } = [];
    public IReadOnlyList<Choice> Statuses { get; } = Choice.FromEnum<CaseStatus>(Labels.For);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await cases.GetAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        if (!scope.WritesCases || found.OwningAgencyId != scope.AgencyId)
        {
            return Forbid();
        }

        Case = found;
        Input = new CaseEditInput
        {
            Status = found.Status,
            PresentingConcerns = found.PresentingConcerns,
            ClosedOn = DateParts.From(found.ClosedOn),
            TeamId = found.TeamId,
            AllocatedWorkerId = found.AllocatedWorkerId,
            Version = found.Version,
        };
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!scope.WritesCases)
        {
            return await cases.GetAsync(id, cancellationToken) is null ? NotFound() : Forbid();
        }

        var closedOn = ReadDate(Input.ClosedOn, nameof(CaseEditInput.ClosedOn), "The closing date");
        var update = new CaseUpdateInput
        {
            Status = Input.Status,
            PresentingConcerns = Input.PresentingConcerns,
            ClosedOn = closedOn,
            TeamId = Input.TeamId,
            AllocatedWorkerId = Input.AllocatedWorkerId,
            Version = Input.Version,
        };
        try
        {
            if (HasErrors)
            {
                AddRuleErrors(update);
            }
            else if (!await cases.UpdateAsync(id, update, cancellationToken))
            {
                return NotFound();
            }
            else
            {
                TempData["Success"] = "The case details have been saved.";
                return Redirect($"/Cases/{id}");
            }
        }
        catch (InvalidInputException invalid)
        {
            AddErrors(invalid);
        }
        catch (EditConflictException)
        {
            Saved = await cases.GetAsync(id, cancellationToken);
            if (Saved is null)
            {
                return NotFound();
            }

            // Saving again now is a deliberate choice to replace what is saved with what is shown in the form.
            ModelState.Remove(KeyFor(nameof(CaseEditInput.Version)));
            Input.Version = Saved.Version;
        }
        catch (NotPermittedException)
        {
            return Forbid();
        }

        if ((Saved ?? await cases.GetAsync(id, cancellationToken)) is not { } current)
        {
            return NotFound();
        }

        Case = current;
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Teams = await AllocationChoices.TeamsAsync(db, cancellationToken);
        Workers = await AllocationChoices.WorkersAsync(db, cancellationToken);
    }
}
