using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace Lantern.Assurance.Tests.Fuzzing;

/// <summary>
/// Requests for every operation of the document: path values from real records, random ids and malformed text; query
/// values of the right type and of the wrong one; bodies built from the operation's schema and then broken in one way.
/// </summary>
internal sealed class RequestGenerator
{
    private const string Slot = "__fuzz_slot__";

    /// <summary>Path values sent without escaping, to reach the router's own handling of dots, escapes and separators.</summary>
    private static readonly string[] RawPathValues = ["..", "../..", "%2e%2e%2f", "%ff%fe", ".%2e/admin", "%25", "a;b", "a,b", "~", "@", "a:b", "%2F"];

    private static readonly string[] ForgedTokens =
    [
        "Bearer", "Bearer ", "Bearer not-a-token", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.", "Basic d29ya2VyOmxhbnRlcm4tZGVtbw==",
        "Bearer " + new string('A', 8_000), "bearer CfDJ8", "Bearer CfDJ8" + new string('x', 300), "Negotiate abc", "Bearer \u00e9\u00e8",
    ];

    private static readonly string?[] OtherContentTypes =
    [
        null, "text/plain", "application/x-www-form-urlencoded", "application/xml", "multipart/form-data", "application/json; charset=utf-16",
        "application/merge-patch+json", "*/*", "application/json; charset=\"nonsense\"", "garbage/;;;", "application/jsonx",
    ];

    private static readonly string[] OtherMethods = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE"];

    private readonly SchemaValues values;

    public RequestGenerator(OpenApiOperations document, IReadOnlyList<OpenApiOperation> operations, RecordIds ids)
    {
        this.ids = ids;
        values = new SchemaValues(document, ids);
        var perOperation = operations.Select(For).ToArray();
        Requests = Gen.OneOf<FuzzRequest>(perOperation);
    }

    private readonly RecordIds ids;

    public Gen<FuzzRequest> Requests { get; }

    private Gen<FuzzRequest> For(OpenApiOperation operation) =>
        Gen.Select(CallerGen, PathGen(operation), QueryGen(operation), BodyGen(operation), MethodGen(operation),
            (caller, path, query, body, method) => new FuzzRequest(operation.Key, caller.Caller, method, path + query, body.Body, body.ContentType,
                caller.Authorization));

    private static Gen<(Caller Caller, string? Authorization)> CallerGen { get; } = Gen.Frequency<(Caller, string?)>(
        (30, Gen.Const((Caller.Worker, (string?)null))),
        (16, Gen.Const((Caller.Manager, (string?)null))),
        (14, Gen.Const((Caller.Reviewer, (string?)null))),
        (14, Gen.Const((Caller.Advocate, (string?)null))),
        (14, Gen.Const((Caller.Admin, (string?)null))),
        (6, Gen.Const((Caller.Anonymous, (string?)null))),
        (6, Gen.OneOf(ForgedTokens).Select(t => (Caller.ForgedToken, (string?)t))));

    private static Gen<string> MethodGen(OpenApiOperation operation) =>
        Gen.Frequency<string>((97, Gen.Const(operation.Method)), (3, Gen.OneOf(OtherMethods)));

    private Gen<string> PathGen(OpenApiOperation operation)
    {
        var parameters = operation.InPath.ToList();
        var gens = parameters.Select(p => PathValueGen(p, SegmentBefore(operation.PathTemplate, p.Name))).ToArray();
        return new GenAll<string>(gens).Select(filled =>
        {
            var path = operation.PathTemplate;
            for (var i = 0; i < parameters.Count; i++)
            {
                path = path.Replace("{" + parameters[i].Name + "}", filled[i], StringComparison.Ordinal);
            }

            return path;
        });
    }

    private static string SegmentBefore(string template, string parameter)
    {
        var segments = template.Split('/');
        var index = Array.IndexOf(segments, "{" + parameter + "}");
        return index > 0 ? segments[index - 1] : parameter;
    }

    /// <remarks>
    /// A NUL in the path (%00) is refused by the test host's client before it is sent (Kestrel answers such a request 400
    /// before the app sees it), so it travels as the text "%00" instead.
    /// </remarks>
    private Gen<string> PathValueGen(OpenApiParameter parameter, string segment) => Gen.Frequency<string>(
        (70, ids.For(segment).Select(id => id.ToString())),
        (5, values.For(parameter.Schema, parameter.Name).Select(v => Escape(Text(v)))),
        (20, HostileValues.Text.Where(t => t.Length > 0).Select(Escape)),
        (5, Gen.OneOf(RawPathValues)))
        .Select(value => value.Replace("%00", "%2500", StringComparison.Ordinal));

    private Gen<string> QueryGen(OpenApiOperation operation)
    {
        var gens = operation.InQuery.Select(p => Gen.Frequency<string?>(
                (5, values.For(p.Schema, p.Name).Select(v => (string?)$"{p.Name}={Escape(Text(v))}")),
                (3, HostileValues.Text.Select(t => (string?)$"{p.Name}={Escape(t)}")),
                (2, Gen.Const((string?)null))))
            .Append(Gen.Frequency<string?>(
                (8, Gen.Const((string?)null)),
                (1, HostileValues.Text.Select(t => (string?)$"{Escape(t[..Math.Min(t.Length, 20)])}={Escape(t)}")),
                (1, Gen.Const((string?)"take=1&take=2&version=1&version=x"))))
            .ToArray();
        return new GenAll<string?>(gens).Select(parts => parts.Any(p => p is not null) ? "?" + string.Join('&', parts.Where(p => p is not null)) : "");
    }

    private Gen<(string? Body, string? ContentType)> BodyGen(OpenApiOperation operation)
    {
        var json = Gen.Frequency<string?>((85, Gen.Const((string?)"application/json")), (15, Gen.OneOf(OtherContentTypes)));
        if (operation.BodySchema is not { } schema)
        {
            return Gen.Frequency<(string?, string?)>(
                (90, Gen.Const(((string?)null, (string?)null))),
                (10, Gen.Select(HostileValues.JsonFragment, json, (body, type) => ((string?)body, type))));
        }

        var valid = values.For(schema, null);
        var text = Gen.Frequency<string>(
            (25, valid.Select(v => v?.ToJsonString() ?? "null")),
            (40, Gen.Select(valid, Gen.Int[0, 5], Gen.Int[0, int.MaxValue], HostileValues.JsonFragment, Mutate)),
            (15, Gen.Select(valid, Gen.Int[0, 7], Gen.Int[0, int.MaxValue], Break)),
            (10, HostileValues.JsonFragment),
            (5, Gen.Const("")),
            (5, HostileValues.RandomUnicode(1, 500)));
        return Gen.Select(text, json, (body, type) => ((string?)body, type));
    }

    /// <summary>One change to a well-formed body: a field gets a value of the wrong kind, null, goes missing, or gains a stranger.</summary>
    private static string Mutate(JsonNode? body, int kind, int pick, string fragment)
    {
        if (body is not JsonObject root)
        {
            return fragment;
        }

        var slots = new List<(JsonNode Parent, string? Key, int Index)>();
        Collect(root, slots);
        if (slots.Count == 0 || kind == 3)
        {
            root[$"extra{pick % 7}"] = Slot;
            return Fill(root, fragment);
        }

        var (parent, key, index) = slots[pick % slots.Count];
        switch (kind)
        {
            case 0 or 4:
                Set(parent, key, index, Slot);
                return Fill(root, fragment);
            case 1:
                Set(parent, key, index, null);
                break;
            case 2 when parent is JsonObject obj:
                obj.Remove(key!);
                break;
            case 2 when parent is JsonArray array:
                array.RemoveAt(index);
                break;
            default:
                Set(parent, key, index, new string('x', 1 + (pick % 200_000)));
                break;
        }

        return root.ToJsonString();
    }

    private static void Collect(JsonNode node, List<(JsonNode Parent, string? Key, int Index)> slots)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, child) in obj.ToList())
            {
                slots.Add((obj, key, -1));
                if (child is not null)
                {
                    Collect(child, slots);
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                slots.Add((array, null, i));
                if (array[i] is { } child)
                {
                    Collect(child, slots);
                }
            }
        }
    }

    private static void Set(JsonNode parent, string? key, int index, string? value)
    {
        if (parent is JsonObject obj)
        {
            obj[key!] = value;
        }
        else
        {
            parent.AsArray()[index] = value;
        }
    }

    private static string Fill(JsonNode root, string fragment) =>
        root.ToJsonString().Replace($"\"{Slot}\"", fragment, StringComparison.Ordinal);

    /// <summary>A well-formed body made unreadable: cut short, a stray character, trailing commas, two documents, comments.</summary>
    private static string Break(JsonNode? body, int kind, int pick)
    {
        var text = body?.ToJsonString() ?? "null";
        var at = text.Length == 0 ? 0 : pick % text.Length;
        return kind switch
        {
            0 => text[..at],
            1 => text.Insert(at, ((char)(pick % 128)).ToString()),
            2 => text.TrimEnd('}') + ",}",
            3 => text + text,
            4 => text.Replace('"', '\''),
            5 => "\uFEFF\uFEFF" + text,
            6 => "/* comment */" + text,
            _ => text.Replace("\":", "\"::", StringComparison.Ordinal),
        };
    }

    private static string Text(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    };

    /// <summary>Percent-encodes everything but unreserved characters; unpaired surrogates become U+FFFD, as a browser sends them.</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
