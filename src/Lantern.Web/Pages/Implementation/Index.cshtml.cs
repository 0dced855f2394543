using Lantern.Core.Implementation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Implementation;

/// <summary>The agency's implementation of the model at a glance, each part linking to its own page.</summary>
public sealed class IndexModel(ImplementationOverviewService overview, TimeProvider clock) : PageModel
{
    public ImplementationOverview Overview { get; private set; } = null!;

    public DateOnly Today => Core.Data.ClockExtensions.Today(clock);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Overview = await overview.GetAsync(cancellationToken);
}
