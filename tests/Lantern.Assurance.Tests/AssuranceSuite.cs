namespace Lantern.Assurance.Tests;

/// <summary>
/// The assurance suites of docs/assurance.md: each class proves one promise (leaks, faults, bad input, restores) and
/// prints its figure. They run once, on SQLite, in ./test.sh; a suite that needs PostgreSQL as well reads the server
/// from LANTERN_TEST_POSTGRES.
/// </summary>
internal static class AssuranceSuite
{
    /// <summary>The PostgreSQL server ./test.sh started, or null when the suite runs without one.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable("LANTERN_TEST_POSTGRES");
}
