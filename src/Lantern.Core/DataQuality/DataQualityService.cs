using System.Globalization;
using Lantern.Core.Access;
using Lantern.Core.Access.Policy;
using Lantern.Core.Audit;
using Lantern.Core.Data;
using Lantern.Core.Validation;
using Lantern.Practice.DataQuality;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.DataQuality;

/// <summary>
/// The data quality report for a data steward: a manager works through her whole agency's records, a supervisor
/// through her team's (the cases the query filter shows her); everyone else is refused. Each viewing and each download
/// is audited with the rule, page and number of records found — identifiers only, never a name.
/// </summary>
public sealed class DataQualityService(LanternDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>One page of the records breaking <paramref name="ruleId"/> (or any rule), with the count for every rule.</summary>
    /// <exception cref="NotPermittedException">The caller is neither a manager nor a supervisor.</exception>
    /// <exception cref="InvalidInputException">The rule is not one of the report's, or the page is not a page number.</exception>
    public async Task<DataQualityReport> GetAsync(string? ruleId, int page = 1, CancellationToken cancellationToken = default)
    {
        var (rule, findings, counts) = await CheckAsync(ruleId, cancellationToken);
        if (page < 1)
        {
            throw new InvalidInputException("page", "Choose a page number from 1.");
        }

        var pageCount = Math.Max(1, (findings.Count + PageSize - 1) / PageSize);
        page = Math.Min(page, pageCount);
        var report = await ReportAsync(rule, counts, findings, page, pageCount, findings.Skip((page - 1) * PageSize).Take(PageSize).ToList(), cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.DataQualityViewed,
            Detail: string.Create(CultureInfo.InvariantCulture, $"rule={rule?.Id ?? "all"};page={page};findings={findings.Count};{Scope(report)}")));
        return report;
    }

    /// <summary>Every record breaking <paramref name="ruleId"/> (or any rule), unpaged, for a download; audited as an export.</summary>
    public async Task<DataQualityReport> ExportAsync(string? ruleId, CancellationToken cancellationToken = default)
    {
        var (rule, findings, counts) = await CheckAsync(ruleId, cancellationToken);
        var report = await ReportAsync(rule, counts, findings, 1, 1, findings, cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.DataQualityExported,
            Detail: string.Create(CultureInfo.InvariantCulture, $"rule={rule?.Id ?? "all"};findings={findings.Count};{Scope(report)}")));
        return report;
    }

    private async Task<(QualityRule? Rule, List<QualityFinding> Findings, List<RuleCount> Counts)> CheckAsync(string? ruleId, CancellationToken cancellationToken)
    {
        EnsureMaySee();
        QualityRule? rule = null;
        if (!string.IsNullOrWhiteSpace(ruleId))
        {
            rule = QualityRules.Find(ruleId.Trim()) ?? throw new InvalidInputException("rule", "Choose one of the rules in the list.");
        }

        var records = await DataQualityLoader.LoadAsync(db, db.Scope.AgencyId, clock.Today(), cancellationToken);
        var all = QualityChecker.Check(records);
        var byRule = all.GroupBy(f => f.RuleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var counts = QualityRules.All.Select(r => new RuleCount(r, byRule.GetValueOrDefault(r.Id))).ToList();
        var findings = rule is null ? all.ToList() : all.Where(f => f.RuleId == rule.Id).ToList();
        return (rule, findings, counts);
    }

    private async Task<DataQualityReport> ReportAsync(QualityRule? rule, List<RuleCount> counts, List<QualityFinding> findings, int page, int pageCount,
        IReadOnlyList<QualityFinding> shown, CancellationToken cancellationToken)
    {
        var caller = db.Scope;
        string name;
        Guid? teamId = null;
        if (caller.SeesWholeAgency)
        {
            name = "The whole agency";
        }
        else
        {
            teamId = caller.TeamId;
            var team = caller.TeamId;
            name = team is null ? "Your own cases"
                : await db.Teams.AsNoTracking().Where(t => t.Id == team).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken) ?? "Your team";
        }

        return new DataQualityReport(name, teamId, counts, rule, findings.Count, page, pageCount, shown);
    }

    private static string Scope(DataQualityReport report) => report.TeamId is { } team ? $"team={team}" : report.ScopeName == "The whole agency" ? "agency" : "own";

    /// <summary>
    /// Managers are the agency's data stewards; supervisors put their own team's records right. Reviewers read without
    /// changing anything, so a list of records to correct is not theirs; partners' records are their own agency's.
    /// </summary>
    private void EnsureMaySee()
    {
        var caller = db.Scope;
        if (caller.Kind != ScopeKind.User || !caller.May(AccessRights.ReadDataQuality))
        {
            throw new NotPermittedException("Only managers and supervisors see the data quality report.");
        }
    }
}
