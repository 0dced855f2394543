using Lantern.Core.Access;
using Lantern.Core.Dashboards;
using Lantern.Core.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Dashboards;

/// <summary>
/// The practice dashboard: filters (team, period) in a GET form, so that a view can be shared as a link, then each
/// section's chart with its data as a table and a CSV download. Aggregates only; no case or person is named.
/// </summary>
public sealed class PracticeModel(PracticeDashboardService dashboards, LanternSettings settings) : FormPageModel
{
    [BindProperty(SupportsGet = true, Name = "teamId")]
    public string? TeamIdText { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? FromText { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? ToText { get; set; }

    public PracticeDashboard? Dashboard { get; private set; }

    /// <summary>The teams (and whether the whole agency) the reader may choose in the filters.</summary>
    public DashboardChoices Choices { get; private set; } = new([], false);

    /// <summary>The agency's term for the perpetrator in running text: "perpetrator", "person causing harm".</summary>
    public string Term => settings.PerpetratorTerm.ToLowerInvariant();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Dashboard = await dashboards.GetAsync(DashboardQuery.Read(TeamIdText, FromText, ToText), cancellationToken);
            Choices = new DashboardChoices(Dashboard.Scope.Teams, Dashboard.Scope.MayChooseWholeAgency);
        }
        catch (InvalidInputException invalid)
        {
            AddErrors(invalid);
            Choices = await dashboards.ChoicesAsync(cancellationToken);
        }
        catch (NotPermittedException)
        {
            return Forbid();
        }

        return Page();
    }

    /// <summary>One table as CSV, with the same filters; a mistake in them sends the user back to the page to see it.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string? table, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<DashboardTable>(table, ignoreCase: true, out var which) || !Enum.IsDefined(which) || int.TryParse(table, out _))
        {
            return NotFound();
        }

        try
        {
            var dashboard = await dashboards.ExportAsync(DashboardQuery.Read(TeamIdText, FromText, ToText), which, cancellationToken);
            return File(PracticeCsv.Write(dashboard, which, Term), "text/csv; charset=utf-8", PracticeCsv.FileName(dashboard.Scope, which));
        }
        catch (InvalidInputException)
        {
            return Redirect(Link(null));
        }
        catch (NotPermittedException)
        {
            return Forbid();
        }
    }

    /// <summary>This page with the filters as asked (not as defaulted), optionally for one table's CSV.</summary>
    public string Link(DashboardTable? csv)
    {
        var query = new List<string>();
        if (csv is { } table)
        {
            query.Add("handler=Csv");
            query.Add("table=" + table.ToString().ToLowerInvariant());
        }

        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add(name + "=" + Uri.EscapeDataString(value.Trim()));
            }
        }

        Add("teamId", TeamIdText);
        Add("from", FromText);
        Add("to", ToText);
        return query.Count == 0 ? "/Dashboards/Practice" : "/Dashboards/Practice?" + string.Join('&', query);
    }

    /// <summary>The CSV link of a table carries the period the page shows, so that the file matches it even when the defaults move on.</summary>
    public string CsvLink(DashboardTable table)
    {
        if (Dashboard is not { } dashboard)
        {
            return Link(table);
        }

        var scope = dashboard.Scope;
        var query = new List<string> { "handler=Csv", "table=" + table.ToString().ToLowerInvariant() };
        if (scope.TeamId is { } team)
        {
            query.Add("teamId=" + team.ToString());
        }

        query.Add("from=" + DashboardFormat.IsoDate(scope.From));
        query.Add("to=" + DashboardFormat.IsoDate(scope.To));
        return "/Dashboards/Practice?" + string.Join('&', query);
    }

    /// <summary>The period in words: "1 Dec 2025 to 29 Nov 2026".</summary>
    public static string Period(DashboardScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return $"{Labels.Date(scope.From)} to {Labels.Date(scope.To)}";
    }

    /// <summary>The value of the team filter's select: the chosen team, or empty for the default.</summary>
    public string SelectedTeam => Dashboard?.Scope.TeamId?.ToString() ?? TeamIdText ?? "";

    public string FromValue => Dashboard is { } d && !HasError("from") ? DashboardFormat.IsoDate(d.Scope.From) : FromText ?? "";

    public string ToValue => Dashboard is { } d && !HasError("to") ? DashboardFormat.IsoDate(d.Scope.To) : ToText ?? "";
}
