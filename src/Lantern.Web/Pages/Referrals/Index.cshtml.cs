using Lantern.Core.Referrals;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Referrals;

/// <summary>The agency's referrals: received (to its services) and sent (by its users).</summary>
public sealed class IndexModel(ReferralService referrals) : PageModel
{
    public ReferralBoxes Boxes { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Boxes = await referrals.BoxesAsync(cancellationToken);
}
