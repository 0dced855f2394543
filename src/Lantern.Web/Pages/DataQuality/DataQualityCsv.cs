using System.Globalization;
using System.Text;
using Lantern.Core.DataQuality;
using Lantern.Practice.DataQuality;
using Lantern.Web.Pages.Dashboards;

namespace Lantern.Web.Pages.DataQuality;

/// <summary>
/// The report's records as CSV (UTF-8 with a byte-order mark, cells made safe as the dashboard's are): one row per
/// record and rule, with the page to open to put it right, so that a steward can share out or tick off the work.
/// </summary>
public static class DataQualityCsv
{
    public static string FileName(DataQualityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"data-quality-{report.Rule?.Id ?? "all-rules"}.csv";
    }

    /// <param name="report">Every record, not one page (from <see cref="DataQualityService.ExportAsync"/>).</param>
    public static byte[] Write(DataQualityReport report, string baseAddress = "")
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        void Row(params string?[] cells) => text.AppendJoin(',', cells.Select(PracticeCsv.Cell)).Append("\r\n");

        Row("scope", "rule_id", "rule", "kind", "record_type", "record_id", "record", "problem", "fix", "link", "other_person_link");
        foreach (var finding in report.Findings)
        {
            var rule = QualityRules.Find(finding.RuleId);
            var other = DataQualityLinks.Other(finding);
            Row(report.ScopeName, finding.RuleId, rule?.Name, rule is null ? null : DataQualityLinks.KindName(rule.Kind),
                finding.Kind.ToString().ToLowerInvariant(), finding.RecordId.ToString("D", CultureInfo.InvariantCulture), finding.Record, finding.Problem,
                rule?.Fix, baseAddress + DataQualityLinks.For(finding), other is null ? null : baseAddress + other);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
