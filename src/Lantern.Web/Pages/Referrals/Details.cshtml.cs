using Lantern.Core.Referrals;
using Lantern.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Referrals;

public sealed class StatusFields
{
    public ReferralStatus? Status { get; set; }
    public string? Reason { get; set; }

    public StatusInput ToInput() => new() { Status = Status, Reason = Reason };
}

/// <summary>One referral: what the referring and the providing agency may see of it; the providing agency moves it along here.</summary>
public sealed class DetailsModel(ReferralService referrals) : FormPageModel
{
    protected override string InputPrefix => "Input";

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public StatusFields Input { get; set; } = new();

    public ReferralView Referral { get; private set; } = null!;

    public IReadOnlyList<Choice> NextSteps => ReferralLabels.Next(Referral.Status).Select(s => new Choice(s.ToString(), ReferralLabels.For(s))).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await referrals.GetAsync(Id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Referral = found;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await referrals.GetAsync(Id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Referral = found;
        return await ChangeAsync(async () =>
        {
            if (!await referrals.ChangeStatusAsync(Id, Input.ToInput(), cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = $"The referral is now {ReferralLabels.For(Input.Status!.Value).ToLowerInvariant()}. The person who made it has been told.";
            return Redirect($"/Referrals/{Id}");
        });
    }
}
