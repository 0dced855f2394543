using Lantern.Core.Implementation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Implementation.Champions;

/// <summary>The agency's practice champions now, and those who have stepped down.</summary>
public sealed class IndexModel(ChampionService champions) : PageModel
{
    public ChampionList List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => List = await champions.ListAsync(cancellationToken);
}
