using System.Globalization;
using Lantern.Core.Access;
using Lantern.Core.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Cases;

/// <summary>Every case the user may see: search by reference or a person's name, filter by status, 25 a page.</summary>
public sealed class IndexModel(CaseService cases, AccessScope scope) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    /// <summary>Kept as text, so that an unknown value in the address is ignored rather than refused.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusText { get; set; }

    [BindProperty(SupportsGet = true, Name = "mine")]
    public bool MineOnly { get; set; }

    public CaseStatus? Status { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public CasePage Results { get; private set; } = new([], 1, PageSize, 0);
    public bool MayRecord => scope.WritesCases;
    public bool IsFiltered => !string.IsNullOrWhiteSpace(Search) || Status is not null || MineOnly;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Search = Search?.Trim();
        if (Search?.Length > 200)
        {
            Search = Search[..200];
        }

        Status = Enum.TryParse<CaseStatus>(StatusText, ignoreCase: true, out var status) && Enum.IsDefined(status) ? status : null;
        // Read straight from the query: "page" is also Razor Pages' own route value, which model binding would find first.
        PageNumber = int.TryParse(Request.Query["page"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is > 0 and < 100_000 ? page : 1;
        Results = await cases.ListAsync(new CaseListQuery(Search, Status, MineOnly, PageNumber, PageSize), cancellationToken);
    }

    /// <summary>The address of another page of the same search.</summary>
    public string PageLink(int page)
    {
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            query.Add("q=" + Uri.EscapeDataString(Search));
        }

        if (Status is { } status)
        {
            query.Add("status=" + status);
        }

        if (MineOnly)
        {
            query.Add("mine=true");
        }

        query.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        return "/Cases?" + string.Join('&', query);
    }
}
