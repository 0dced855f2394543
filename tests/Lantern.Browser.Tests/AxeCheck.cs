using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>
/// axe-core (the copy Deque.AxeCore.Commons bundles) run inside the page, asked for its violations only. Calling
/// axe.run directly takes about 0.3 s a page here where Deque's RunAxe takes 2–3.5 s (it serialises every node of every
/// passing rule and walks frames we do not have): the same rules on the same document, at a seventh of the cost.
/// </summary>
internal static class AxeCheck
{
    /// <summary>The WCAG 2.2 A and AA rules, and axe's best practices.</summary>
    public static readonly IReadOnlyList<string> Wcag22AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    private static readonly Lazy<string> Source = new(() => new BundledAxeScriptProvider().GetScript());

    private const string Run = """
        async tags => {
          const options = { resultTypes: ['violations'] };
          if (tags) { options.runOnly = { type: 'tag', values: tags }; }
          const r = await axe.run(document, options);
          return JSON.stringify({
            rulesPassed: r.passes.length,
            violations: r.violations.map(v => ({ id: v.id, impact: v.impact || '', help: v.help, targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })),
          });
        }
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Runs axe on the page as it stands: every rule, or the rules with the given tags.</summary>
    public static async Task<AxeResult> RunAsync(IPage page, IReadOnlyList<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        var json = await page.EvaluateAsync<string>(Run, tags);
        return JsonSerializer.Deserialize<AxeResult>(json, Json) ?? throw new InvalidOperationException("axe returned nothing.");
    }
}

/// <param name="RulesPassed">How many rules found nothing wrong: more than none shows that axe really ran.</param>
internal sealed record AxeResult(int RulesPassed, IReadOnlyList<AxeViolation> Violations);

internal sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Targets)
{
    public bool IsSerious => Impact is "serious" or "critical";

    public string Describe(string where) => $"{where}: {Id} ({Impact}) {Help} at {string.Join(", ", Targets)}";
}
