using System.Globalization;
using Lantern.Core.DataQuality;
using Lantern.Core.Validation;
using Lantern.Practice.DataQuality;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Api;

/// <summary>/api/v1 data quality: the records that break the rules, as the page lists them, for managers and supervisors.</summary>
public static class DataQualityEndpoints
{
    public static void MapDataQualityEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/data-quality", ReportAsync).WithTags("Data quality")
            .WithSummary("The data quality report: a count for every rule, and one page of 50 records breaking the rule asked for (`rule`, a rule id; "
                + "none: every rule), each with what is wrong in plain words. A manager gets her whole agency's records, a supervisor her team's; "
                + "other roles get 403. An unknown rule or a page below 1 is 400 naming the field.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    /// <remarks>The query values are read as text so that a mistake is answered with problem details naming the field, not a bare 400.</remarks>
    private static async Task<Ok<DataQualityResponse>> ReportAsync(DataQualityService quality, CancellationToken cancellationToken,
        string? rule = null, string? page = null)
    {
        var number = 1;
        if (!string.IsNullOrWhiteSpace(page) && !int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number))
        {
            throw new InvalidInputException("page", "Choose a page number from 1.");
        }

        var report = await quality.GetAsync(rule, number, cancellationToken);
        return TypedResults.Ok(new DataQualityResponse(report.ScopeName, report.TeamId,
            report.Counts.Select(c => new RuleCountResponse(c.Rule.Id, c.Rule.Kind, c.Rule.Name, c.Rule.Why, c.Rule.Fix, c.Records)).ToList(),
            report.Rule?.Id, report.Total, report.Page, report.PageCount, report.Findings));
    }
}

/// <summary>What the API returns: the rules with their counts and the page of findings, each finding with its rule id.</summary>
public sealed record DataQualityResponse(
    string Scope,
    Guid? TeamId,
    IReadOnlyList<RuleCountResponse> Rules,
    string? Rule,
    int Total,
    int Page,
    int PageCount,
    IReadOnlyList<QualityFinding> Findings);

public sealed record RuleCountResponse(string Id, QualityRuleKind Kind, string Name, string Why, string Fix, int Records);
