using System.CommandLine;
using System.Text;
using System.Text.Json;
using Lantern.Practice.Language;
using Lantern.Practice.Language.Evaluation;

namespace Lantern.Cli;

/// <summary><c>lantern check</c> (the pivot assistant as a linter) and <c>lantern eval</c> (scores on a labelled set).</summary>
public static class LanguageCommands
{
    public static Command BuildCheck(TextWriter output, TextWriter error, TextReader input)
    {
        var files = new Argument<string[]>("files") { Description = "Files to check; '-' reads standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "text (file:line:col category message) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var locale = new Option<string>("--locale") { Description = "Locale profile: en-GB (domestic abuse), en-US (domestic violence), en-AU (family violence).", DefaultValueFactory = _ => "en-GB" };
        var perpetrator = new Option<string?>("--perpetrator") { Description = "The perpetrator's name as written in the notes, used in rewrites (e.g. \"Mr Calder\")." };
        var survivor = new Option<string?>("--survivor") { Description = "The survivor's name as written in the notes, used in rewrites (e.g. \"Ms Calder\")." };
        var rules = new Option<string[]>("--rules") { Description = "An agency rule-set JSON file to add to the shipped rules (repeatable).", AllowMultipleArgumentsPerToken = false };
        var command = new Command("check", "Check case notes for victim-blaming, mutualising, perpetrator-hiding, minimising and double-standard language. Exit code 0: clean; 1: findings; 2: error.")
        {
            files, format, locale, perpetrator, survivor, rules,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var checker = LanguageChecker.Default;
            var ruleFiles = result.GetValue(rules) ?? [];
            if (ruleFiles.Length > 0)
            {
                var builder = LanguageChecker.CreateBuilder();
                foreach (var ruleFile in ruleFiles)
                {
                    try
                    {
                        builder.AddRuleSetJson(await File.ReadAllTextAsync(ruleFile, cancellationToken));
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException)
                    {
                        await error.WriteLineAsync($"lantern check: cannot use rules '{ruleFile}': {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message)}");
                        return 2;
                    }
                }

                try
                {
                    checker = builder.Build();
                }
                catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException)
                {
                    await error.WriteLineAsync($"lantern check: the rules do not compile: {e.Message}");
                    return 2;
                }
            }

            var localeName = result.GetValue(locale)!;
            if (checker.Locale(localeName) is null)
            {
                await error.WriteLineAsync($"lantern check: unknown locale '{localeName}'; known: {string.Join(", ", checker.Locales.Order(StringComparer.Ordinal))}.");
                return 2;
            }

            var context = new LanguageContext(result.GetValue(perpetrator), result.GetValue(survivor), null, localeName);
            var documents = new List<(string Name, string Text)>();
            foreach (var file in result.GetValue(files) ?? [])
            {
                if (file == "-")
                {
                    documents.Add(("-", await input.ReadToEndAsync(cancellationToken)));
                    continue;
                }

                try
                {
                    documents.Add((file, await File.ReadAllTextAsync(file, cancellationToken)));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    await error.WriteLineAsync($"lantern check: cannot read '{file}': {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message)}");
                    return 2;
                }
            }

            var json = result.GetValue(format) == "json";
            var any = false;
            using var buffer = new MemoryStream();
            using var writer = json ? new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }) : null;
            writer?.WriteStartArray();
            var text = new StringBuilder();
            foreach (var (name, content) in documents)
            {
                foreach (var f in checker.Check(content, context))
                {
                    any = true;
                    if (writer is not null)
                    {
                        WriteJson(writer, name, f);
                    }
                    else
                    {
                        text.Append(name).Append(':').Append(f.Line).Append(':').Append(f.Column).Append(' ')
                            .Append(f.Category).Append(' ').Append(f.Message).Append(" \"").Append(f.Text).Append("\" [").Append(f.RuleId).Append(']').Append('\n');
                        if (text.Length > 1 << 16)
                        {
                            await output.WriteAsync(text.ToString());
                            text.Clear();
                        }
                    }
                }
            }

            if (writer is not null)
            {
                writer.WriteEndArray();
                await writer.FlushAsync(cancellationToken);
                await output.WriteLineAsync(Encoding.UTF8.GetString(buffer.ToArray()));
            }
            else
            {
                await output.WriteAsync(text.ToString());
            }

            return any ? 1 : 0;
        });
        return command;
    }

    private static void WriteJson(Utf8JsonWriter w, string file, LanguageFinding f)
    {
        w.WriteStartObject();
        w.WriteString("file", file);
        w.WriteNumber("line", f.Line);
        w.WriteNumber("column", f.Column);
        w.WriteNumber("offset", f.Start);
        w.WriteNumber("length", f.Length);
        w.WriteString("category", f.Category);
        w.WriteString("rule", f.RuleId);
        w.WriteString("ruleSet", f.RuleSetId);
        w.WriteString("ruleSetVersion", f.RuleSetVersion);
        w.WriteString("text", f.Text);
        w.WriteString("message", f.Message);
        w.WriteString("reason", f.Reason);
        w.WriteNumber("replaceOffset", f.ReplaceStart);
        w.WriteNumber("replaceLength", f.ReplaceLength);
        w.WriteStartArray("suggestions");
        foreach (var s in f.Suggestions)
        {
            w.WriteStringValue(s);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static Command BuildEval(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A labelled JSON Lines file (text, labels, span, note), e.g. ../shared/data/language-dev.jsonl." };
        var locale = new Option<string>("--locale") { Description = "Locale profile to check with.", DefaultValueFactory = _ => "en-GB" };
        var misses = new Option<bool>("--misses") { Description = "Also list the sentences the engine got wrong." };
        var command = new Command("eval", "Score the pivot assistant on a labelled set: precision, recall and F1 per category and overall, and the share of clean sentences left unflagged.")
        {
            file, locale, misses,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            IReadOnlyList<LabelledSentence> sentences;
            try
            {
                sentences = LabelledSentence.ParseJsonLines(await File.ReadAllTextAsync(path, cancellationToken));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"lantern eval: cannot read '{path}': {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message)}");
                return 2;
            }
            catch (FormatException e)
            {
                await error.WriteLineAsync($"lantern eval: '{path}' is not a labelled set: {e.Message}");
                return 2;
            }

            var report = EvaluationScorer.Score(LanguageChecker.Default, sentences, new LanguageContext(Locale: result.GetValue(locale)!));
            await output.WriteAsync(EvaluationTable.Format(report));
            if (result.GetValue(misses))
            {
                foreach (var miss in report.Misses)
                {
                    await output.WriteLineAsync($"- {miss.Sentence.Text}");
                    await output.WriteLineAsync($"  missed: [{string.Join(", ", miss.Missed)}] spurious: [{string.Join(", ", miss.Spurious)}]");
                }
            }

            return 0;
        });
        return command;
    }
}
