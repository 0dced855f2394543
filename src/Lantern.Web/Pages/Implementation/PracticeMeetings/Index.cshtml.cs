using Lantern.Core.Implementation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Implementation.PracticeMeetings;

/// <summary>The agency's practice meetings, newest first.</summary>
public sealed class IndexModel(PracticeMeetingService meetings) : PageModel
{
    public PracticeMeetingList List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => List = await meetings.ListAsync(cancellationToken);

    /// <summary>The start of what was learnt, for the list: the whole text is on the meeting's page.</summary>
    public static string Excerpt(string learning)
    {
        ArgumentNullException.ThrowIfNull(learning);
        const int Length = 160;
        if (learning.Length <= Length)
        {
            return learning;
        }

        var cut = learning.LastIndexOf(' ', Length);
        return learning[..(cut < Length / 2 ? Length : cut)].TrimEnd(',', ';', ':', '.') + "…";
    }
}
