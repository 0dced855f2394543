using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lantern.Practice.Language.Evaluation;

/// <summary>One line of a labelled set (<c>language-dev.jsonl</c> format): text, expected categories (empty = clean), span and note.</summary>
public sealed record LabelledSentence(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels,
    [property: JsonPropertyName("span")] string? Span = null,
    [property: JsonPropertyName("note")] string? Note = null)
{
    /// <summary>Parses JSON Lines text (one object a line; blank lines skipped). Line numbers appear in errors.</summary>
    public static IReadOnlyList<LabelledSentence> ParseJsonLines(string jsonLines)
    {
        ArgumentNullException.ThrowIfNull(jsonLines);
        var result = new List<LabelledSentence>();
        var lineNumber = 0;
        foreach (var line in jsonLines.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            LabelledSentence? sentence;
            try
            {
                sentence = JsonSerializer.Deserialize<LabelledSentence>(line);
            }
            catch (JsonException e)
            {
                throw new FormatException($"Line {lineNumber}: {e.Message}", e);
            }

            if (sentence?.Text is null || sentence.Labels is null)
            {
                throw new FormatException($"Line {lineNumber}: each line needs \"text\" and \"labels\".");
            }

            foreach (var label in sentence.Labels)
            {
                if (!LanguageCategories.IsKnown(label))
                {
                    throw new FormatException($"Line {lineNumber}: unknown category '{label}'.");
                }
            }

            result.Add(sentence);
        }

        return result;
    }
}
