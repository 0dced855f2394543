using System.Text.Json.Nodes;

namespace Lantern.Assurance.Tests.Security;

/// <summary>What a mass-assignment attempt sends: the fields an operation's input has, and a value for each field it has not.</summary>
internal static class PlantedFields
{
    /// <summary>A value of the same shape as the field's, that no record holds.</summary>
    public static JsonValue? Planted(JsonNode? value) => value switch
    {
        JsonValue v when v.TryGetValue<Guid>(out _) => JsonValue.Create(Guid.Parse("0badc0de-0000-4000-8000-000000000001")),
        JsonValue v when v.TryGetValue<bool>(out var flag) => JsonValue.Create(!flag),
        JsonValue v when v.TryGetValue<long>(out var number) => JsonValue.Create(number + 7919),
        JsonValue v when v.TryGetValue<DateTimeOffset>(out _) && v.ToString().Contains('T', StringComparison.Ordinal) => JsonValue.Create(new DateTimeOffset(1999, 1, 1, 0, 0, 0, TimeSpan.Zero)),
        JsonValue v when v.TryGetValue<DateOnly>(out _) => JsonValue.Create(new DateOnly(1999, 1, 1)),
        JsonValue v when v.TryGetValue<string>(out _) => JsonValue.Create("Planted by a mass-assignment attempt"),
        _ => null,
    };

    /// <summary>The property names of a schema, following its references and compositions.</summary>
    public static HashSet<string> PropertyNames(JsonNode? schema, JsonObject schemas)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Collect(JsonNode? node)
        {
            if (node is not JsonObject s)
            {
                return;
            }

            if (s["$ref"]?.GetValue<string>() is { } reference)
            {
                Collect(schemas[reference[(reference.LastIndexOf('/') + 1)..]]);
            }

            foreach (var key in new[] { "allOf", "oneOf", "anyOf" })
            {
                foreach (var part in s[key]?.AsArray() ?? [])
                {
                    Collect(part);
                }
            }

            foreach (var (name, _) in s["properties"]?.AsObject() ?? [])
            {
                names.Add(name);
            }
        }

        Collect(schema);
        return names;
    }

    /// <summary>A value for a field a new record has no value in yet, of the shape its name promises.</summary>
    public static JsonValue? ForEmpty(string name) => name switch
    {
        _ when name.EndsWith("Id", StringComparison.Ordinal) => JsonValue.Create(Guid.Parse("0badc0de-0000-4000-8000-000000000002")),
        _ when name.EndsWith("At", StringComparison.Ordinal) => JsonValue.Create(new DateTimeOffset(1999, 1, 1, 0, 0, 0, TimeSpan.Zero)),
        _ when name.EndsWith("On", StringComparison.Ordinal) => JsonValue.Create(new DateOnly(1999, 1, 1)),
        _ => JsonValue.Create("Planted by a mass-assignment attempt"),
    };
}
