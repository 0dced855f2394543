using Lantern.Core.Access;
using Lantern.Core.Cases;
using Lantern.Core.Referrals;
using Lantern.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Referrals;

public sealed class ReferralFields
{
    public Guid? ServiceId { get; set; }
    public Guid? PersonId { get; set; }
    public ReferralSource? Source { get; set; }
    public string? Reason { get; set; }

    public ReferralInput ToInput() => new() { ServiceId = ServiceId, PersonId = PersonId, Source = Source, Reason = Reason };
}

/// <summary>Refers a person in the case to a service in the directory.</summary>
public sealed class NewModel(ReferralService referrals, ServiceDirectory directory, CaseService cases, AccessScope scope) : FormPageModel
{
    protected override string InputPrefix => "Input";

    [FromRoute]
    public Guid CaseId { get; set; }

    [BindProperty]
    public ReferralFields Input { get; set; } = new();

    public CaseDetail Case { get; private set; } = null!;

    public IReadOnlyList<Choice> Services { get; private set; } = [];

    public IReadOnlyList<Choice> People => Case.Participants.Select(p => new Choice(p.PersonId.ToString(), p.Name)).ToList();

    public static IReadOnlyList<Choice> Sources { get; } = Choice.FromEnum<ReferralSource>(ReferralLabels.For);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var refusal = await LoadAsync(cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        Input.Source = ReferralSource.Agency;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var refusal = await LoadAsync(cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var input = Input.ToInput();
        if (HasErrors)
        {
            AddRuleErrors(input);
            return Page();
        }

        return await ChangeAsync(async () =>
        {
            if (await referrals.SendAsync(CaseId, input, cancellationToken) is not { } referral)
            {
                return NotFound();
            }

            TempData["Success"] = "The referral has been sent. The service's agency has been told.";
            return Redirect($"/Referrals/{referral.Id}");
        });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var (found, refusal) = await CaseToChangeAsync(cases, scope, CaseId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        Case = found!;
        Services = (await directory.ListAsync(activeOnly: true, cancellationToken))
            .Select(s => new Choice(s.Id.ToString(), $"{s.Name} ({ReferralLabels.For(s.Kind)}{(s.AgencyName is { } a ? $", {a}" : "")})")).ToList();
        return null;
    }
}
