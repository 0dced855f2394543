using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Lantern.Core.Implementation;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Implementation;

/// <summary>What the implementation tests send and read: form fields, API bodies, and the continuum chart and table parsed back into values.</summary>
public static partial class ImplementationSupport
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static void AddDate(Dictionary<string, string> fields, string name, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields[name + ".Day"] = date.Day.ToString(CultureInfo.InvariantCulture);
        fields[name + ".Month"] = date.Month.ToString(CultureInfo.InvariantCulture);
        fields[name + ".Year"] = date.Year.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A fresh marker for a test's own records among the demonstration data and other tests'.</summary>
    public static string Run() => Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    public static Task<string> ReferenceOfAsync(this LanternFactory factory, Guid caseId) =>
        factory.WithSystemDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync());

    public static Dictionary<string, object?> MeetingBody(string learning, params string[] references) => new()
    {
        ["heldOn"] = ApiSupport.Today.AddDays(-1),
        ["attendees"] = "Tom Whitfield (chair), Aisha Rahman, Grace Mensah",
        ["caseReferences"] = references,
        ["learning"] = learning,
    };

    /// <summary>A self-assessment body with the same level for every area but the ones given.</summary>
    public static Dictionary<string, object?> AssessmentBody(DateOnly on, ContinuumLevel level, string notes, params (ContinuumArea Area, ContinuumLevel Level)[] except) => new()
    {
        ["assessedOn"] = on,
        ["notes"] = notes,
        ["ratings"] = Enum.GetValues<ContinuumArea>().Select(area => (object)new Dictionary<string, object?>
        {
            ["area"] = area.ToString(),
            ["level"] = (except.Any(e => e.Area == area) ? except.First(e => e.Area == area).Level : level).ToString(),
            ["evidence"] = $"Evidence for {area} ({notes}).",
        }).ToList(),
    };

    [GeneratedRegex("<input [^>]*>")]
    private static partial Regex InputTag();

    /// <summary>Whether the radio or checkbox with this name and value is ticked in the page (attributes come in any order).</summary>
    public static bool IsChecked(string html, string name, string value) =>
        InputTag().Matches(html).Any(m => m.Value.Contains($"name=\"{name}\"", StringComparison.Ordinal)
            && m.Value.Contains($"value=\"{value}\"", StringComparison.Ordinal) && m.Value.Contains("checked=\"checked\"", StringComparison.Ordinal));

    public static async Task<JsonElement> CreatedAsync(this HttpResponseMessage response) => await response.ReadAsync<JsonElement>(HttpStatusCode.Created);

    /// <summary>A value as each of the chart and the table shows it: the area's words, the assessment's date and the level's words.</summary>
    public sealed record Plotted(string Area, DateOnly On, string Level);

    [GeneratedRegex("<svg class=\"lantern-continuum-chart\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex ChartMarkup();

    [GeneratedRegex("<table class=\"[^\"]*lantern-continuum-table[^\"]*\".*?</table>", RegexOptions.Singleline)]
    private static partial Regex TableMarkup();

    /// <summary>
    /// The points the chart draws, checked as they are drawn: each marker's y position lies inside the band of the
    /// level it claims, and its tooltip names the same area, date and level.
    /// </summary>
    public static List<Plotted> ChartPoints(string html)
    {
        var svg = XElement.Parse(ChartMarkup().Match(html).Value);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var bands = svg.Descendants(ns + "rect").Where(r => r.Attribute("data-level") is not null)
            .ToDictionary(r => r.Attribute("data-level")!.Value, r => (Top: Number(r, "y"), Bottom: Number(r, "y") + Number(r, "height")));
        var points = new List<Plotted>();
        foreach (var series in svg.Descendants(ns + "g").Where(g => g.Attribute("data-area") is not null))
        {
            var area = ContinuumNames.Of(Enum.Parse<ContinuumArea>(series.Attribute("data-area")!.Value));
            foreach (var marker in series.Elements(ns + "path").Where(p => p.Attribute("data-level") is not null))
            {
                var levelCode = marker.Attribute("data-level")!.Value;
                var level = ContinuumNames.Of(Enum.Parse<ContinuumLevel>(levelCode));
                var on = DateOnly.ParseExact(marker.Attribute("data-on")!.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var y = Number(marker, "data-y");
                if (y < bands[levelCode].Top || y > bands[levelCode].Bottom)
                {
                    throw new InvalidOperationException($"{area} on {on} is drawn at y={y}, outside the {level} band.");
                }

                var title = marker.Element(ns + "title")!.Value;
                if (title != $"{area}, {Pages.Labels.Date(on)}: {level}")
                {
                    throw new InvalidOperationException($"The marker's title \"{title}\" does not match what it draws.");
                }

                // The marker's own path starts near its point: it is drawn where the data says.
                var start = Regex.Match(marker.Attribute("d")!.Value, @"^M(-?[\d.]+) (-?[\d.]+)");
                if (Math.Abs(double.Parse(start.Groups[2].Value, CultureInfo.InvariantCulture) - y) > 8)
                {
                    throw new InvalidOperationException($"{area} on {on}: the marker is not drawn at its point.");
                }

                points.Add(new Plotted(area, on, level));
            }
        }

        return points;
    }

    /// <summary>The table's values: one row per area, one column per assessment date (the change column is left out).</summary>
    public static List<Plotted> TableValues(string html)
    {
        var table = XElement.Parse(TableMarkup().Match(html).Value);
        var dates = table.Element("thead")!.Descendants("th").Where(th => th.Attribute("data-on") is not null)
            .Select(th => DateOnly.ParseExact(th.Attribute("data-on")!.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        var values = new List<Plotted>();
        foreach (var row in table.Element("tbody")!.Elements("tr"))
        {
            var area = row.Element("th")!.Value.Trim();
            var cells = row.Elements("td").Take(dates.Count).ToList();
            for (var i = 0; i < dates.Count; i++)
            {
                values.Add(new Plotted(area, dates[i], cells[i].Value.Trim()));
            }
        }

        return values;
    }

    /// <summary>The recorded assessments (as the API gives them) in the same shape.</summary>
    public static List<Plotted> Recorded(JsonElement history, int latest = int.MaxValue)
    {
        var assessments = history.GetProperty("assessments").EnumerateArray().ToList();
        return [.. assessments.Skip(Math.Max(0, assessments.Count - latest)).SelectMany(a => a.GetProperty("ratings").EnumerateArray().Select(r => new Plotted(
            ContinuumNames.Of(Enum.Parse<ContinuumArea>(r.GetProperty("area").GetString()!)),
            DateOnly.Parse(a.GetProperty("assessedOn").GetString()!, CultureInfo.InvariantCulture),
            ContinuumNames.Of(Enum.Parse<ContinuumLevel>(r.GetProperty("level").GetString()!)))))];
    }

    private static double Number(XElement element, string attribute) => double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);
}
