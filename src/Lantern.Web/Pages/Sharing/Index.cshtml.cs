using Lantern.Core.Access;
using Lantern.Core.Cases;
using Lantern.Core.Sharing;
using Lantern.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Sharing;

public sealed class ShareFields
{
    /// <summary>"agreementId|agencyId".</summary>
    public string? Partner { get; set; }
    public Guid? ConsentGivenBy { get; set; }
    public string? ConsentScope { get; set; }
    public DateParts ConsentGivenOn { get; set; } = new();
    public DateParts ConsentExpiresOn { get; set; } = new();
    public string? OverrideReason { get; set; }
}

public sealed class WithholdFields
{
    public List<InformationCategory> Categories { get; set; } = [];
    public Guid? UserId { get; set; }
    public Guid? AgencyId { get; set; }
    public string? Reason { get; set; }
}

/// <summary>Who a case is shared with, and sharing it under an agreement (with the survivor's consent where needed).</summary>
public sealed class LocationFields
{
    public Guid? PersonId { get; set; }
    public Guid? UserId { get; set; }
    public string? Reason { get; set; }
}

public sealed class IndexModel(SharingService sharing, LocationSharing locations, CaseService cases, AccessScope scope) : FormPageModel
{
    protected override string InputPrefix => "Input";

    [FromRoute]
    public Guid CaseId { get; set; }

    [BindProperty]
    public ShareFields Input { get; set; } = new();

    [BindProperty]
    public WithholdFields Withhold { get; set; } = new();

    public IReadOnlyList<WithholdingView> Withholdings { get; private set; } = [];

    [BindProperty]
    public LocationFields Location { get; set; } = new();

    /// <summary>Null for someone who may not see confidential addresses herself: she cannot give them to anyone.</summary>
    public LocationSharingView? Locations { get; private set; }

    public IReadOnlyList<Choice> PeopleToName { get; private set; } = [];

    public IReadOnlyList<Choice> AgenciesToName { get; private set; } = [];

    public static IReadOnlyList<Choice> CategoryChoices { get; } = SharingLabels.Categories.Select(c => new Choice(c.ToString(), SharingLabels.For(c))).ToList();

    public CaseDetail Case { get; private set; } = null!;

    public IReadOnlyList<ShareView> Shares { get; private set; } = [];

    public IReadOnlyList<(AgreementView Agreement, PartyView Partner)> Options { get; private set; } = [];

    public bool MayWrite => scope.WritesCases;

    public IReadOnlyList<Choice> Partners => Options
        .Select(o => new Choice($"{o.Agreement.Id}|{o.Partner.AgencyId}", $"{o.Partner.AgencyName} — {o.Agreement.Title}",
            (o.Partner.ConsentRequired ? "Needs the survivor's consent. " : "") + "Sees: " + SharingLabels.Describe(o.Partner.Categories)))
        .ToList();

    public IReadOnlyList<Choice> Survivors => Case.Participants.Where(p => p.Role == ParticipantRole.Survivor)
        .Select(p => new Choice(p.PersonId.ToString(), p.Name)).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var parts = (Input.Partner ?? "").Split('|');
        var input = new ShareInput
        {
            AgreementId = parts.Length == 2 && Guid.TryParse(parts[0], out var a) ? a : null,
            PartnerAgencyId = parts.Length == 2 && Guid.TryParse(parts[1], out var p) ? p : null,
            ConsentGivenBy = Input.ConsentGivenBy,
            ConsentScope = Input.ConsentScope,
            ConsentGivenOn = ReadDate(Input.ConsentGivenOn, nameof(ShareFields.ConsentGivenOn), "The date consent was given"),
            ConsentExpiresOn = ReadDate(Input.ConsentExpiresOn, nameof(ShareFields.ConsentExpiresOn), "The date consent expires"),
            OverrideReason = Input.OverrideReason,
        };
        if (HasErrors)
        {
            return Page();
        }

        return await ChangeAsync(async () =>
        {
            if (await sharing.ShareAsync(CaseId, input, cancellationToken) is null)
            {
                return NotFound();
            }

            TempData["Success"] = "The case is shared. The partner agency sees only what the agreement allows, from its next request.";
            return Redirect($"/Cases/{CaseId}/Sharing");
        });
    }

    public async Task<IActionResult> OnPostWithholdAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var input = new WithholdingInput
        {
            Categories = Withhold.Categories.Aggregate(InformationCategory.None, (all, one) => all | one),
            UserId = Withhold.UserId,
            AgencyId = Withhold.AgencyId,
            Reason = Withhold.Reason,
        };
        try
        {
            if (!await sharing.WithholdAsync(CaseId, input, cancellationToken))
            {
                return NotFound();
            }
        }
        catch (Lantern.Core.Validation.InvalidInputException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError($"Withhold.{field}", message);
                }
            }

            return Page();
        }

        TempData["Success"] = "Withheld. It is hidden from them from their next request, whatever the agreement says.";
        return Redirect($"/Cases/{CaseId}/Sharing#withheld");
    }

    public async Task<IActionResult> OnPostGrantLocationAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        try
        {
            if (!await locations.GrantAsync(CaseId, new LocationGrantInput { PersonId = Location.PersonId, UserId = Location.UserId, Reason = Location.Reason }, cancellationToken))
            {
                return NotFound();
            }
        }
        catch (Lantern.Core.Validation.InvalidInputException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError($"Location.{field}", message);
                }
            }

            return Page();
        }
        catch (NotPermittedException)
        {
            return Forbid();
        }

        TempData["Success"] = "They can now see that address. Viewing it is recorded in the audit trail.";
        return Redirect($"/Cases/{CaseId}/Sharing#location");
    }

    public async Task<IActionResult> OnPostRevokeLocationAsync(Guid grantId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return await ChangeAsync(async () =>
        {
            if (!await locations.RevokeAsync(CaseId, grantId, cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = "They can no longer see that address.";
            return Redirect($"/Cases/{CaseId}/Sharing#location");
        });
    }

    public async Task<IActionResult> OnPostLiftAsync(Guid withholdingId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return await ChangeAsync(async () =>
        {
            if (!await sharing.LiftAsync(CaseId, withholdingId, cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = "The withholding is lifted.";
            return Redirect($"/Cases/{CaseId}/Sharing#withheld");
        });
    }

    public async Task<IActionResult> OnPostRestrictAsync(bool restricted, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return await ChangeAsync(async () =>
        {
            if (!await sharing.SetRestrictedAsync(CaseId, restricted, cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = restricted
                ? "The case is restricted: its people's names are masked in lists and search for everyone outside its team."
                : "The restriction is lifted.";
            return Redirect($"/Cases/{CaseId}/Sharing#restriction");
        });
    }

    public async Task<IActionResult> OnPostEndAsync(Guid shareId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return await ChangeAsync(async () =>
        {
            if (!await sharing.EndShareAsync(CaseId, shareId, cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = "Sharing has stopped. The partner agency can no longer see the case.";
            return Redirect($"/Cases/{CaseId}/Sharing");
        });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid consentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return await ChangeAsync(async () =>
        {
            if (!await sharing.WithdrawConsentAsync(CaseId, consentId, cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = "Consent withdrawn. Sharing that needed it has stopped.";
            return Redirect($"/Cases/{CaseId}/Sharing");
        });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await cases.GetAsync(CaseId, cancellationToken) is not { } found || await sharing.SharesForCaseAsync(CaseId, cancellationToken) is not { } shares)
        {
            return false;
        }

        Case = found;
        Shares = shares;
        Options = await sharing.OptionsForCaseAsync(CaseId, cancellationToken);
        Withholdings = await sharing.WithholdingsAsync(CaseId, cancellationToken) ?? [];
        PeopleToName = (await sharing.PeopleToNameAsync(cancellationToken)).Select(p => new Choice(p.Id.ToString(), p.Name)).ToList();
        AgenciesToName = (await sharing.AgenciesToNameAsync(cancellationToken)).Select(a => new Choice(a.Id.ToString(), a.Name)).ToList();
        Locations = scope.MayViewConfidentialAddresses ? await locations.GetAsync(CaseId, cancellationToken) : null;
        return true;
    }
}
