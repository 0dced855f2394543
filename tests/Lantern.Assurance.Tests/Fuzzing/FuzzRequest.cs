namespace Lantern.Assurance.Tests.Fuzzing;

/// <summary>Who sends a fuzzed request: a demonstration user by name, nobody, or someone with a forged token.</summary>
internal enum Caller
{
    Worker,
    Manager,
    Reviewer,
    Advocate,
    Admin,
    Anonymous,
    ForgedToken,
}

/// <summary>One generated request, kept as plain text so that a failure can be printed and sent again by hand.</summary>
internal sealed record FuzzRequest(string Operation, Caller Caller, string Method, string Url, string? Body, string? ContentType, string? Authorization)
{
    public override string ToString()
    {
        var body = Body is null ? "(no body)" : Body.Length > 300 ? $"{Body[..300]}… ({Body.Length:N0} characters)" : Body;
        var url = Url.Length > 300 ? $"{Url[..300]}… ({Url.Length:N0} characters)" : Url;
        return $"{Method} {url} as {Caller}{(Authorization is null ? "" : $" [Authorization: {Authorization}]")} content-type {ContentType ?? "(none)"}: {body}";
    }
}
