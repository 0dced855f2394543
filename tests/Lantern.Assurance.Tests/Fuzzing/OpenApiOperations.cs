using System.Text.Json;

namespace Lantern.Assurance.Tests.Fuzzing;

/// <summary>A parameter of an operation: where it goes (path or query) and the schema of its value.</summary>
internal sealed record OpenApiParameter(string Name, string In, JsonElement Schema);

/// <summary>One operation of the app's OpenAPI document, with references already followed.</summary>
internal sealed record OpenApiOperation(string Method, string PathTemplate, IReadOnlyList<OpenApiParameter> Parameters, JsonElement? BodySchema)
{
    public string Key => $"{Method} {PathTemplate}";

    public IEnumerable<OpenApiParameter> InPath => Parameters.Where(p => p.In == "path");

    public IEnumerable<OpenApiParameter> InQuery => Parameters.Where(p => p.In == "query");
}

/// <summary>Reads the operations out of the document the app serves, so that a new endpoint is fuzzed without a change here.</summary>
internal sealed class OpenApiOperations(JsonElement root)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    public IReadOnlyList<OpenApiOperation> All()
    {
        var operations = new List<OpenApiOperation>();
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            var shared = path.Value.TryGetProperty("parameters", out var common) ? common.EnumerateArray().ToList() : [];
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                var declared = operation.Value.TryGetProperty("parameters", out var own) ? own.EnumerateArray().ToList() : [];
                var parameters = shared.Concat(declared).Select(Resolve)
                    .Select(p => new OpenApiParameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!,
                        p.TryGetProperty("schema", out var schema) ? schema : default))
                    .ToList();
                JsonElement? body = null;
                if (operation.Value.TryGetProperty("requestBody", out var requestBody)
                    && Resolve(requestBody).TryGetProperty("content", out var content))
                {
                    foreach (var media in content.EnumerateObject())
                    {
                        if (media.Value.TryGetProperty("schema", out var schema))
                        {
                            body = schema;
                            break;
                        }
                    }
                }

                operations.Add(new OpenApiOperation(operation.Name.ToUpperInvariant(), path.Name, parameters, body));
            }
        }

        return operations;
    }

    /// <summary>Follows a local reference ("#/components/schemas/CaseInput") until the element is not one.</summary>
    public JsonElement Resolve(JsonElement element)
    {
        for (var hops = 0; hops < 32 && element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$ref", out var reference); hops++)
        {
            var target = root;
            foreach (var part in reference.GetString()!.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                target = target.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
            }

            element = target;
        }

        return element;
    }
}
