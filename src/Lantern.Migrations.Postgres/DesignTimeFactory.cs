using Lantern.Core.Access;
using Lantern.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Lantern.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the Postgres model without starting the web app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<LanternDbContext>
{
    public LanternDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<LanternDbContext>();
        DatabaseSetup.Configure(options, new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=localhost;Database=lantern_design" });
        return new LanternDbContext(options.Options, AccessScope.System());
    }
}
