using Lantern.Core.Data;
using Lantern.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Lantern.Core.Tests.Data;

public sealed class MigrationTests(CoreHost host) : IClassFixture<CoreHost>
{
    /// <summary>Runs once per provider (./test.sh runs this project on SQLite and on PostgreSQL).</summary>
    [Fact]
    public async Task Model_ComparedWithTheProvidersMigrations_HasNoChangeWithoutAMigration()
    {
        await using var scope = host.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changed without a migration for {TestDatabase.Provider}: run dotnet ef migrations add in src/Lantern.Migrations.{TestDatabase.Provider}.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Sqlite_Database_RunsInWalModeWithFullSync()
    {
        Assert.SkipUnless(TestDatabase.Provider == DatabaseProvider.Sqlite, "SQLite settings apply to SQLite only.");
        await using var scope = host.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA synchronous";
        Assert.Equal(2L, (long?)await command.ExecuteScalarAsync());
    }
}
