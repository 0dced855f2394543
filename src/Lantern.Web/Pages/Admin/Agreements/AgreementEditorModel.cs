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

    /// <summary>For a change to an existing agreement: what changed and why, and the version read.</summary>
    public string? Reason { get; set; }
    public uint? Version { get; set; }
}

/// <summary>The agreement form: its terms and, for each agency on Lantern, whether it is a party, what it may see and whether consent is needed.</summary>
public abstract class AgreementEditorModel(AccountAdministration administration) : FormPageModel
{
    protected override string InputPrefix => "Input";

    [BindProperty]
    public AgreementFields Input { get; set; } = new();

    public IReadOnlyList<AgencyView> Agencies { get; private set; } = [];

    public static IReadOnlyList<InformationCategory> Categories => SharingLabels.Categories;

    /// <summary>True on a change to an existing agreement (the form then asks what changed and why).</summary>
    public virtual bool IsRevision => false;

    public string AgencyName(Guid id) => Agencies.FirstOrDefault(a => a.Id == id)?.Name ?? "";

    protected async Task LoadAgenciesAsync(CancellationToken cancellationToken) => Agencies = await administration.ListAgenciesAsync(cancellationToken);

    protected AgreementInput ReadInput() => new()
    {
        Title = Input.Title,
        Purpose = Input.Purpose,
        LegalBasis = Input.LegalBasis,
        StartsOn = ReadDate(Input.StartsOn, nameof(AgreementFields.StartsOn), "The start date"),
        EndsOn = ReadDate(Input.EndsOn, nameof(AgreementFields.EndsOn), "The end date"),
        Parties = Input.Parties.Where(p => p.Included)
            .Select(p => new PartyInput(p.AgencyId, p.Categories.Aggregate(InformationCategory.None, (all, one) => all | one), p.ConsentRequired)).ToList(),
    };
}
