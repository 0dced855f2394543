using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace Lantern.Assurance.Tests.Fuzzing;

/// <summary>
/// Values that fit a JSON schema of the document: the shape a well-behaved client sends, with ids of real records
/// (so that requests get past "not found" into the services) and ordinary words, dates and numbers.
/// </summary>
internal sealed class SchemaValues(OpenApiOperations document, RecordIds ids)
{
    private const int MaxDepth = 5;

    private static readonly string[] Words =
    [
        "Mr Calder", "Ms Calder", "school", "concern", "He pushed her.", "She said he took the car keys.", "weekly", "2 sessions",
        "Refuge", "Child", "Perpetrator", "Survivor", "Other", "The children were present.", "Keeps to the agreed contact.",
    ];

    private static readonly Gen<JsonNode?> NullValue = Gen.Const(() => (JsonNode?)null);

    public Gen<JsonNode?> For(JsonElement schema, string? name, int depth = 0)
    {
        schema = document.Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object || depth > MaxDepth)
        {
            return NullValue;
        }

        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var choices) && choices.GetArrayLength() > 0)
            {
                var gens = choices.EnumerateArray().Select(c => For(c, name, depth)).ToArray();
                return Gen.OneOf<JsonNode?>(gens);
            }
        }

        if (schema.TryGetProperty("enum", out var values) && values.GetArrayLength() > 0)
        {
            var texts = values.EnumerateArray().Select(v => v.GetRawText()).ToArray();
            return Gen.OneOf(texts).Select(t => JsonNode.Parse(t));
        }

        var types = TypesOf(schema);
        var type = types.FirstOrDefault(t => t != "null")
            ?? (schema.TryGetProperty("properties", out _) ? "object" : schema.TryGetProperty("items", out _) ? "array" : null);
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        var value = type switch
        {
            "string" => StringFor(format, name),
            "integer" => Gen.Int[0, 60].Select(n => (JsonNode?)JsonValue.Create(n)),
            "number" => Gen.Double[0, 100].Select(n => (JsonNode?)JsonValue.Create(Math.Round(n, 2))),
            "boolean" => Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
            "array" => ArrayFor(schema, name, depth),
            "object" => ObjectFor(schema, depth),
            _ => NullValue,
        };
        return types.Contains("null") ? Gen.Frequency<JsonNode?>((9, value), (1, NullValue)) : value;
    }

    private static List<string> TypesOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return [];
        }

        return type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)] : [type.GetString()!];
    }

    private Gen<JsonNode?> StringFor(string? format, string? name) => format switch
    {
        "uuid" => ids.For(name).Select(id => (JsonNode?)JsonValue.Create(id.ToString())),
        "date" => Gen.Int[-400, 400].Select(days => (JsonNode?)JsonValue.Create(
            DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        "date-time" => Gen.Int[-400, 400].Select(days => (JsonNode?)JsonValue.Create(
            DateTimeOffset.UtcNow.AddDays(days).ToString("O", CultureInfo.InvariantCulture))),
        _ => Gen.Frequency<string>((8, Gen.OneOf(Words)), (2, HostileValues.RandomUnicode(1, 40))).Select(s => (JsonNode?)JsonValue.Create(s)),
    };

    private Gen<JsonNode?> ArrayFor(JsonElement schema, string? name, int depth)
    {
        var item = schema.TryGetProperty("items", out var items) ? For(items, Singular(name), depth + 1) : NullValue;
        return item.Array[0, 3].Select(elements => (JsonNode?)new JsonArray([.. elements.Select(e => e?.DeepClone())]));
    }

    private Gen<JsonNode?> ObjectFor(JsonElement schema, int depth)
    {
        if (!schema.TryGetProperty("properties", out var properties))
        {
            return Gen.Const(() => (JsonNode?)new JsonObject());
        }

        var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(x => x.GetString()).ToHashSet() : [];
        var fields = properties.EnumerateObject()
            .Select(p => Gen.Select(For(p.Value, p.Name, depth + 1), Gen.Int[0, 9], (value, roll) => (p.Name, Value: value,
                Present: required.Contains(p.Name) || roll < 7)))
            .ToArray();
        return new GenAll<(string Name, JsonNode? Value, bool Present)>(fields).Select(all =>
        {
            var json = new JsonObject();
            foreach (var (field, value, present) in all.Where(x => x.Present))
            {
                json[field] = value;
            }

            return (JsonNode?)json;
        });
    }

    private static string? Singular(string? name) => name is not null && name.EndsWith('s') ? name[..^1] : name;
}
