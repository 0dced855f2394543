namespace Lantern.Assurance.Tests.Fuzzing;

/// <summary>Signs in a response body that the server has told the caller about its insides: a stack trace, an exception, SQL.</summary>
internal static class LeakCheck
{
    private static readonly string[] Markers =
    [
        "   at Lantern.", "   at Microsoft.", "   at System.", "Exception", "StackTrace", "SQLite Error", "SqliteException",
        "Npgsql", "SELECT ", "INSERT INTO", "UPDATE \"", "DELETE FROM", "syntax error", "no such table", "constraint failed",
    ];

    /// <summary>The first marker in <paramref name="responseBody"/> that the request itself did not carry (an echo is not a leak).</summary>
    public static string? FindLeak(string responseBody, FuzzRequest request) =>
        Markers.FirstOrDefault(m => responseBody.Contains(m, StringComparison.Ordinal)
            && !request.Url.Contains(m, StringComparison.Ordinal)
            && !(request.Body?.Contains(m, StringComparison.Ordinal) ?? false));

    public static bool CarriesMarker(string text) => Markers.Any(m => text.Contains(m, StringComparison.Ordinal));
}
