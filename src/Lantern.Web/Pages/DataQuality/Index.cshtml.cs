using System.Globalization;
using Lantern.Core.Access;
using Lantern.Core.DataQuality;
using Lantern.Core.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.DataQuality;

/// <summary>
/// The data quality report: counts by rule, then the records breaking the chosen rule (or any), a page at a time, each
/// with a link to the page where it is put right; the same list as CSV. The rule filter is a GET form, so that a
/// steward's place in the work can be kept as a link.
/// </summary>
public sealed class IndexModel(DataQualityService quality) : FormPageModel
{
    [BindProperty(SupportsGet = true, Name = "rule")]
    public string? RuleText { get; set; }

    public DataQualityReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = int.TryParse(Request.Query["page"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 100_000 ? number : 1;
        try
        {
            Report = await quality.GetAsync(RuleText, page, cancellationToken);
        }
        catch (InvalidInputException invalid)
        {
            AddErrors(invalid);
            Report = await quality.GetAsync(null, 1, cancellationToken);
        }
        catch (NotPermittedException)
        {
            return Forbid();
        }

        return Page();
    }

    /// <summary>Every record breaking the chosen rule (or any) as CSV; an unknown rule sends the user back to the page to see why.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        try
        {
            var report = await quality.ExportAsync(RuleText, cancellationToken);
            return File(DataQualityCsv.Write(report), "text/csv; charset=utf-8", DataQualityCsv.FileName(report));
        }
        catch (InvalidInputException)
        {
            return Redirect(Link(page: null));
        }
        catch (NotPermittedException)
        {
            return Forbid();
        }
    }

    /// <summary>This page for the rule as asked, optionally another page of it.</summary>
    public string Link(int? page, bool csv = false)
    {
        var query = new List<string>();
        if (csv)
        {
            query.Add("handler=Csv");
        }

        var rule = Report?.Rule?.Id ?? RuleText?.Trim();
        if (!string.IsNullOrEmpty(rule))
        {
            query.Add("rule=" + Uri.EscapeDataString(rule));
        }

        if (page is { } p)
        {
            query.Add("page=" + p.ToString(CultureInfo.InvariantCulture));
        }

        return query.Count == 0 ? "/DataQuality" : "/DataQuality?" + string.Join('&', query);
    }

    /// <summary>The page listing one rule's records.</summary>
    public static string RuleLink(string ruleId) => "/DataQuality?rule=" + Uri.EscapeDataString(ruleId);

    public string SelectedRule => Report?.Rule?.Id ?? "";
}
