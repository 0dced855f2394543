using Lantern.Core.Access;
using Lantern.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Lantern.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the Sqlite model without starting the web app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<LanternDbContext>
{
    public LanternDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<LanternDbContext>();
        DatabaseSetup.Configure(options, new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design-time.db" });
        return new LanternDbContext(options.Options, AccessScope.System());
    }
}
