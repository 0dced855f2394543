using Lantern.Core.Implementation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Implementation.Continuum;

/// <summary>The agency's self-assessments on the practice continuum: a chart of their history, the same levels in a table, and each assessment's evidence.</summary>
public sealed class IndexModel(ContinuumService continuum) : PageModel
{
    public ContinuumHistory History { get; private set; } = null!;

    public ContinuumChart? Chart { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        History = await continuum.HistoryAsync(cancellationToken);
        Chart = History.Assessments.Count > 0 ? new ContinuumChart(History.Assessments) : null;
    }
}
