using Lantern.Core.Implementation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Implementation.Presentations;

/// <summary>Presentations of the model to the agency's units and its partners, newest first.</summary>
public sealed class IndexModel(PresentationService presentations) : PageModel
{
    public PresentationList List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => List = await presentations.ListAsync(null, cancellationToken);
}
