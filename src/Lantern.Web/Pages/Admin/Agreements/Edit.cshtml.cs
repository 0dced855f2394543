using Lantern.Core.Agencies;
using Lantern.Core.Sharing;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Admin.Agreements;

/// <summary>Changes an agreement's terms as a new revision, with what changed and why; shows its earlier revisions.</summary>
public sealed class EditModel(SharingService sharing, AccountAdministration administration) : AgreementEditorModel(administration)
{
    [FromRoute]
    public Guid Id { get; set; }

    public AgreementView Agreement { get; private set; } = null!;

    public IReadOnlyList<RevisionView> Revisions { get; private set; } = [];

    public override bool IsRevision => true;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = new AgreementFields
        {
            Title = Agreement.Title,
            Purpose = Agreement.Purpose,
            LegalBasis = Agreement.LegalBasis,
            StartsOn = DateParts.From(Agreement.StartsOn),
            EndsOn = DateParts.From(Agreement.EndsOn),
            Parties = Agencies.Select(a => Agreement.Parties.FirstOrDefault(p => p.AgencyId == a.Id) is { } party
                ? new PartyFields
                {
                    AgencyId = a.Id,
                    Included = true,
                    Categories = [.. Categories.Where(c => (party.Categories & c) != InformationCategory.None)],
                    ConsentRequired = party.ConsentRequired,
                }
                : new PartyFields { AgencyId = a.Id }).ToList(),
            Version = Agreement.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var input = ReadInput();
        if (Input.Version is null)
        {
            ModelState.AddModelError("Input.Version", "The record version is missing: reload the page and try again.");
        }

        if (HasErrors)
        {
            AddRuleErrors(input);
            return Page();
        }

        return await ChangeAsync(async () =>
        {
            if (await sharing.ReviseAgreementAsync(Id, input, Input.Version!.Value, Input.Reason, cancellationToken) is not { } awaitsApproval)
            {
                return NotFound();
            }

            TempData["Success"] = awaitsApproval
                ? "The new terms give an agency more, so the agreement needs approving again. Sharing under it has paused until it is."
                : "The new terms are saved and apply to every case shared under the agreement from now on.";
            return Redirect("/Admin/Agreements");
        });
    }

    protected override async Task OnEditConflictAsync()
    {
        if (await sharing.GetAgreementAsync(Id, HttpContext.RequestAborted) is { } current)
        {
            Agreement = current;
            Input.Version = current.Version;
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await sharing.GetAgreementAsync(Id, cancellationToken) is not { } agreement)
        {
            return false;
        }

        Agreement = agreement;
        Revisions = await sharing.RevisionsAsync(Id, cancellationToken);
        await LoadAgenciesAsync(cancellationToken);
        return true;
    }
}
