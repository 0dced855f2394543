using Xunit;

namespace Lantern.Assurance.Tests.Durability;

/// <summary>
/// Crash runs go one at a time and alone: they start servers of their own on fixed loopback ports, and a machine busy
/// with other tests would change when the kills land.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CrashRunsAlone
{
    public const string Name = "Crash durability";
    public const int SqliteServerPort = 55470;
    public const int PostgresServerPort = 55471;
    public const int PostgresPort = 55472;
}
