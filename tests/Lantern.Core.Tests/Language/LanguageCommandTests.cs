using System.Text.Json;
using Lantern.Cli;
using Xunit;

namespace Lantern.Core.Tests.Language;

/// <summary><c>lantern check</c> and <c>lantern eval</c> as someone scripting them would run them. No database is touched.</summary>
public sealed class LanguageCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("lantern-lang-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string? input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input ?? "");
        var exit = await LanternCommand.Build(output, error, reader).Parse(args).InvokeAsync();
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Check_FileWithFindings_PrintsLinterLinesAndExitsOne()
    {
        var path = Write("note.txt", "Home visit.\nMs Garcia was assaulted on Saturday.\n");

        var (exit, output, _) = await RunAsync(null, "check", path);

        Assert.Equal(1, exit);
        Assert.StartsWith($"{path}:2:11 perpetrator_invisible ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_CleanFile_PrintsNothingAndExitsZero()
    {
        var path = Write("clean.txt", "Mr Cole hit Ms Harris in front of the children on 14 June.");

        var (exit, output, _) = await RunAsync(null, "check", path);

        Assert.Equal(0, exit);
        Assert.Equal("", output);
    }

    [Fact]
    public async Task Check_MissingFile_ExitsTwoWithAClearMessage()
    {
        var (exit, _, error) = await RunAsync(null, "check", Path.Combine(folder, "absent.txt"));

        Assert.Equal(2, exit);
        Assert.Contains("absent.txt", error, StringComparison.Ordinal);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_UnknownLocale_ExitsTwo()
    {
        var (exit, _, error) = await RunAsync("x", "check", "--locale", "fr-FR", "-");

        Assert.Equal(2, exit);
        Assert.Contains("fr-FR", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_StandardInputAsJson_GivesTheFindingFieldsAndFilledRewrites()
    {
        var (exit, output, _) = await RunAsync("Ms Calder was pushed.", "check", "--format", "json", "--perpetrator", "Mr Calder", "--survivor", "Ms Calder", "-");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var finding = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("-", finding.GetProperty("file").GetString());
        Assert.Equal(1, finding.GetProperty("line").GetInt32());
        Assert.Equal(11, finding.GetProperty("column").GetInt32());
        Assert.Equal("was pushed".Length, finding.GetProperty("length").GetInt32());
        Assert.Equal("perpetrator_invisible", finding.GetProperty("category").GetString());
        Assert.Equal("PI-agentless-passive", finding.GetProperty("rule").GetString());
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("message").GetString()));
        Assert.Equal("Mr Calder pushed Ms Calder", finding.GetProperty("suggestions")[0].GetString());
        Assert.Equal("1.0.0", finding.GetProperty("ruleSetVersion").GetString());
    }

    [Fact]
    public async Task Check_JsonWithNoFindings_IsAnEmptyArray()
    {
        var (exit, output, _) = await RunAsync("The worker will follow up with the school on Thursday.", "check", "--format", "json", "-");

        Assert.Equal(0, exit);
        Assert.Equal(0, JsonDocument.Parse(output).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Check_SeveralFiles_NamesEachFile()
    {
        var a = Write("a.txt", "They fight most weekends.");
        var b = Write("b.txt", "It was only a push.");

        var (exit, output, _) = await RunAsync(null, "check", a, b);

        Assert.Equal(1, exit);
        Assert.Contains($"{a}:1:1 mutualizing", output, StringComparison.Ordinal);
        Assert.Contains($"{b}:1:8 minimizing", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_LabelledSet_PrintsTheScoresTable()
    {
        var path = Write("set.jsonl",
            "{\"text\": \"Ms Garcia was assaulted.\", \"labels\": [\"perpetrator_invisible\"]}\n" +
            "{\"text\": \"The worker visited.\", \"labels\": []}\n" +
            "{\"text\": \"Dad reads to the children.\", \"labels\": [\"double_standard\"]}\n");

        var (exit, output, _) = await RunAsync(null, "eval", path, "--misses");

        Assert.Equal(0, exit);
        Assert.Contains("perpetrator_invisible      1.000     1.000     1.000", output, StringComparison.Ordinal);
        Assert.Contains("double_standard", output, StringComparison.Ordinal);
        Assert.Contains("clean sentences unflagged: 1/1", output, StringComparison.Ordinal);
        Assert.Contains("- Dad reads to the children.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_MissingFile_ExitsTwo()
    {
        var (exit, _, error) = await RunAsync(null, "eval", Path.Combine(folder, "absent.jsonl"));

        Assert.Equal(2, exit);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_MalformedSet_ExitsTwo()
    {
        var path = Write("bad.jsonl", "{\"text\": \"x\", \"labels\": [\"blame\"]}\n");

        var (exit, _, error) = await RunAsync(null, "eval", path);

        Assert.Equal(2, exit);
        Assert.Contains("unknown category", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_AgencyRuleSet_AddsItsFindingsWithItsVersion()
    {
        var rules = Write("agency.json", """
            { "ruleSet": "agency.north", "version": "2026.1", "category": "minimizing",
              "rules": [ { "id": "NORTH-handbags", "patterns": ["[ handbags at dawn ]"], "message": "Local euphemism for an assault.", "reason": "Say what he did." } ] }
            """);

        var (exit, output, _) = await RunAsync("It was handbags at dawn.", "check", "--format", "json", "--rules", rules, "-");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Contains(json.RootElement.EnumerateArray(), f => f.GetProperty("rule").GetString() == "NORTH-handbags" && f.GetProperty("ruleSetVersion").GetString() == "2026.1");
    }

    [Fact]
    public async Task Check_AgencyRuleSetThatDoesNotCompile_ExitsTwo()
    {
        var rules = Write("bad.json", """{ "ruleSet": "x", "version": "1", "category": "minimizing", "rules": [ { "id": "X-1", "patterns": ["@NO_SUCH_CLASS"] } ] }""");

        var (exit, _, error) = await RunAsync("text", "check", "--rules", rules, "-");

        Assert.Equal(2, exit);
        Assert.Contains("NO_SUCH_CLASS", error, StringComparison.Ordinal);
    }
}
