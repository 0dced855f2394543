using Lantern.Core.Access;
using Lantern.Core.Agencies;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.Intakes;
using Lantern.Core.People;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Core.Data;

public static class DatabaseSetup
{
    public const string SqliteMigrationsAssembly = "Lantern.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Lantern.Migrations.Postgres";

    /// <remarks>
    /// A list of ids goes to the database as one array parameter (JSON on SQLite, an array on PostgreSQL) rather than one
    /// parameter per id: the SQL then stays the same whatever the list's length, so EF Core generates it once and reuses
    /// it. With one parameter per id it was generated again on every execution (about a tenth of a case page's processor
    /// time under load, measured with perf in bench/RESULTS.md).
    /// </remarks>
    public static void Configure(DbContextOptionsBuilder options, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(database);
        var connectionString = database.ResolvedConnectionString();
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly)
                        .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                    .AddInterceptors(new SqlitePragmas());
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly)
                    .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
                break;
        }
    }

    /// <summary>The services every host of Lantern's case record needs (web, command line, tests).</summary>
    public static IServiceCollection AddLanternCore(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(database);
        // Resolved when first used, so that a host (or a test) may replace the options after registration.
        services.AddDbContext<LanternDbContext>((sp, o) => Configure(o, sp.GetRequiredService<DatabaseOptions>()));
        services.AddScoped<AccessScope>();
        services.AddSingleton<AuditGroupWriter>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<CaseAccess>();
        services.AddScoped<CaseService>();
        services.AddScoped<ParticipantService>();
        services.AddScoped<PersonService>();
        services.AddScoped<RelationshipService>();
        services.AddScoped<IntakeService>();
        services.AddScoped<Notes.NoteService>();
        services.AddScoped<Map.MapService>();
        services.AddScoped<Map.MapCategoryAdministration>();
        services.AddScoped<Plans.PlanService>();
        services.AddScoped<Plans.SafetyPlanService>();
        services.AddScoped<Sharing.SharingService>();
        services.AddScoped<Plans.RiskPlanService>();
        services.AddScoped<Referrals.ServiceDirectory>();
        services.AddScoped<Referrals.ReferralService>();
        services.AddScoped<Referrals.NotificationService>();
        services.AddScoped<Meetings.MeetingService>();
        services.AddScoped<Supervision.SupervisionService>();
        services.AddScoped<Sharing.LocationSharing>();
        services.AddScoped<Reviews.ReviewService>();
        services.AddScoped<Dashboards.PracticeDashboardService>();
        services.AddScoped<DataQuality.DataQualityService>();
        Implementation.ImplementationRegistration.AddImplementationTracking(services);
        services.AddScoped<AuditLog>();
        services.AddScoped<AccountAdministration>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>Creates the SQLite folder, switches to WAL and applies every migration.</summary>
    public static async Task MigrateAsync(LanternDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.IsPostgres)
        {
            var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        await db.Database.MigrateAsync(cancellationToken);

        // A database from before the dashboard's kept figures (or whose first working-out was cut short) has cases but no
        // figures: work them out once.
        if (!await db.DashboardCases.IgnoreQueryFilters().AnyAsync(cancellationToken) && await db.Cases.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            await Dashboards.CaseFiguresOnRecord.RebuildAsync(db, progress: null, cancellationToken);
        }

        // Likewise the names kept for searching, for a database from before they were kept.
        if (!await db.CaseSearchNames.AnyAsync(cancellationToken) && await db.Participants.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            await CaseSearchNamesOnRecord.RebuildAsync(db, cancellationToken);
        }

        if (!db.IsPostgres)
        {
            // Keeps the query planner's statistics current (PostgreSQL's autovacuum does this by itself).
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize;", cancellationToken);
        }
    }
}
