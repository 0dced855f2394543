using Lantern.Core.Agencies;
using Lantern.Core.Sharing;
using Lantern.Web.Pages.Sharing;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Admin.Agreements;

public sealed class PartyFields
{
    public Guid AgencyId { get; set; }
    public bool Included { get; set; }
    public List<InformationCategory> Categories { get; set; } = [];
    public bool ConsentRequired { get; set; }
}

public sealed class AgreementFields
{
    public string? Title { get; set; }
    public string? Purpose { get; set; }
    public string? LegalBasis { get; set; }
    public DateParts StartsOn { get; set; } = new();
    public DateParts EndsOn { get; set; } = new();
    public List<PartyFields> Parties { get; set; } = [];
}

/// <summary>Drafts an agreement: the parties and, for each, the categories it may see and whether consent is needed.</summary>
public sealed class NewModel(SharingService sharing, AccountAdministration administration) : FormPageModel
{
    protected override string InputPrefix => "Input";

    [BindProperty]
    public AgreementFields Input { get; set; } = new();

    public IReadOnlyList<AgencyView> Agencies { get; private set; } = [];

    public static IReadOnlyList<InformationCategory> Categories => SharingLabels.Categories;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Agencies = await administration.ListAgenciesAsync(cancellationToken);
        Input.Parties = Agencies.Select(a => new PartyFields { AgencyId = a.Id }).ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Agencies = await administration.ListAgenciesAsync(cancellationToken);
        var input = new AgreementInput
        {
            Title = Input.Title,
            Purpose = Input.Purpose,
            LegalBasis = Input.LegalBasis,
            StartsOn = ReadDate(Input.StartsOn, nameof(AgreementFields.StartsOn), "The start date"),
            EndsOn = ReadDate(Input.EndsOn, nameof(AgreementFields.EndsOn), "The end date"),
            Parties = Input.Parties.Where(p => p.Included)
                .Select(p => new PartyInput(p.AgencyId, p.Categories.Aggregate(InformationCategory.None, (all, one) => all | one), p.ConsentRequired)).ToList(),
        };
        if (HasErrors)
        {
            AddRuleErrors(input);
            return Page();
        }

        return await ChangeAsync(async () =>
        {
            await sharing.CreateAgreementAsync(input, cancellationToken);
            TempData["Success"] = "The agreement is drafted. Approve it to start sharing under it.";
            return Redirect("/Admin/Agreements");
        });
    }

    public string AgencyName(Guid id) => Agencies.FirstOrDefault(a => a.Id == id)?.Name ?? "";
}
