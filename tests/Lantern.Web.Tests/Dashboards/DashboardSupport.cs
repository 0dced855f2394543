using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lantern.Web.Tests.Api;
using Xunit;

namespace Lantern.Web.Tests.Dashboards;

/// <summary>Reading the dashboard as a client does: its JSON figures, the page's tables and the CSV downloads.</summary>
public static partial class DashboardSupport
{
    public static async Task<JsonElement> DashboardAsync(this HttpClient api, string query = "")
    {
        var response = await api.GetAsync("/api/v1/dashboards/practice" + (query.Length == 0 ? "" : "?" + query));
        return await response.ReadAsync<JsonElement>();
    }

    /// <summary>Asserts a figure's numerator and denominator, and that its rate is per × numerator ÷ denominator (or null).</summary>
    public static void AssertFigure(JsonElement figure, long numerator, long denominator, string? what = null)
    {
        var label = what is null ? "" : what + ": ";
        Assert.True(figure.GetProperty("numerator").GetInt64() == numerator, $"{label}numerator {figure.GetProperty("numerator")} (expected {numerator})");
        Assert.True(figure.GetProperty("denominator").GetInt64() == denominator, $"{label}denominator {figure.GetProperty("denominator")} (expected {denominator})");
        var rate = figure.GetProperty("rate");
        if (denominator == 0)
        {
            Assert.Equal(JsonValueKind.Null, rate.ValueKind);
        }
        else
        {
            Assert.Equal((double)figure.GetProperty("per").GetInt32() * numerator / denominator, rate.GetDouble(), 9);
        }
    }

    public static JsonElement Criterion(JsonElement criteria, string name) =>
        criteria.EnumerateArray().Single(c => c.GetProperty("criterion").GetString() == name).GetProperty("ratings");

    public static JsonElement Category(JsonElement counts, string name) =>
        counts.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == name).GetProperty("perThousandWords");

    public static JsonElement Month(JsonElement months, DateOnly month) =>
        months.EnumerateArray().Single(m => m.GetProperty("month").GetString() == month.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The rows of the page's table with this id: each a list of cell texts (tags stripped, entities decoded, spaces collapsed).</summary>
    public static List<List<string>> TableRows(string html, string id)
    {
        var table = Regex.Match(html, $"<table[^>]*id=\"{Regex.Escape(id)}\"[^>]*>(.*?)</table>", RegexOptions.Singleline);
        Assert.True(table.Success, $"No table {id} on the page.");
        var body = Regex.Match(table.Groups[1].Value, "<tbody>(.*?)</tbody>", RegexOptions.Singleline).Groups[1].Value;
        return [.. RowPattern().Matches(body).Select(r => CellPattern().Matches(r.Groups[1].Value).Select(c => Text(c.Groups[1].Value)).ToList())];
    }

    /// <summary>Every number written in a cell ("3 (75.0%)" gives 3 and 75.0), thousands separators removed.</summary>
    public static List<string> Numbers(string cell) => [.. NumberPattern().Matches(cell.Replace(",", "", StringComparison.Ordinal)).Select(m => m.Value)];

    /// <summary>A CSV download: asserts the content type and the file name, and reads the rows (RFC 4180 quoting).</summary>
    public static async Task<List<List<string>>> CsvAsync(this HttpClient client, string table, string query)
    {
        var response = await client.GetAsync($"/Dashboards/Practice?handler=Csv&table={table}&{query}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"CSV {table} answered {(int)response.StatusCode}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith($"practice-dashboard-{table}-", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'),
            StringComparison.Ordinal);
        var text = System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        return ParseCsv(text);
    }

    public static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }

        return rows;
    }

    private static string Text(string html) =>
        Regex.Replace(WebUtility.HtmlDecode(TagPattern().Replace(html, " ")), @"\s+", " ").Trim();

    [GeneratedRegex("<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex NumberPattern();
}
