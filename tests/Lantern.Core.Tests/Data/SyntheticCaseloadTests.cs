using System.Text.RegularExpressions;
using Lantern.Core.Agencies;
using Lantern.Core.Data;
using Lantern.Core.Data.Synthetic;
using Lantern.TestCommon;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Lantern.Core.Tests.Data;

/// <summary>
/// <c>lantern seed --cases</c> writes a synthetic caseload (on SQLite through prepared statements, not SaveChanges): the
/// records read back through EF like any other, and every column is stored as EF stores it for the demonstration data.
/// </summary>
public sealed partial class SyntheticCaseloadTests : IAsyncLifetime
{
    private const int Cases = 120;
    private readonly CoreHost host = new();

    public ValueTask InitializeAsync() => host.InitializeAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex GuidText();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}")]
    private static partial Regex DateText();

    [GeneratedRegex("\\.[0-9]+")]
    private static partial Regex Fraction();

    [GeneratedRegex("[0-9]")]
    private static partial Regex Digits();

    [Fact]
    public async Task Seeding_WritesFamiliesThatReadBackThroughEf()
    {
        var progress = await SeedAsync();

        await using var scope = host.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var agency = await db.Agencies.SingleAsync(a => a.Name == SyntheticCaseload.AgencyName);
        var cases = await db.Cases.Where(c => c.OwningAgencyId == agency.Id).Include(c => c.Participants).AsNoTracking().ToListAsync();

        Assert.Equal(Cases, progress.CasesWritten);
        Assert.Equal(Cases, cases.Count);
        Assert.All(cases, c => Assert.True(c.Participants.Count >= 3, $"Case {c.Reference} has {c.Participants.Count} people."));
        Assert.True(await db.Intakes.CountAsync(i => i.Case!.OwningAgencyId == agency.Id) >= Cases);
        Assert.Equal(Cases, await db.DashboardCases.CountAsync(d => cases.Select(c => c.Id).Contains(d.CaseId)));
    }

    [Fact]
    public async Task Seeding_StoresEveryColumnAsEfStoresTheDemonstrationData()
    {
        Assert.SkipUnless(TestDatabase.Provider == DatabaseProvider.Sqlite, "The prepared-statement path is SQLite's; PostgreSQL saves through EF.");
        await SeedAsync();

        await using var scope = host.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = await ColumnsOfCaseTablesAsync(connection);
        var differences = new List<string>();
        var compared = 0;

        foreach (var (table, columns) in tables)
        {
            var owner = table == "Cases" ? "\"Id\"" : "\"CaseId\"";
            var syntheticCases = "SELECT c.\"Id\" FROM \"Cases\" c JOIN \"Agencies\" a ON a.\"Id\" = c.\"OwningAgencyId\" " +
                $"WHERE a.\"Name\" = '{SyntheticCaseload.AgencyName.Replace("'", "''", StringComparison.Ordinal)}'";
            foreach (var column in columns)
            {
                var bulk = await FirstValueAsync(connection, table, column, $"{owner} IN ({syntheticCases})");
                var ef = await FirstValueAsync(connection, table, column, $"{owner} NOT IN ({syntheticCases})");
                if (bulk is null || ef is null)
                {
                    continue;
                }

                compared++;
                if (Shape(bulk.Value) != Shape(ef.Value))
                {
                    differences.Add($"{table}.{column}: seeded {bulk.Value.Type} '{bulk.Value.Text}', EF wrote {ef.Value.Type} '{ef.Value.Text}'");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"Tables: {tables.Count}; columns compared: {compared}; stored differently: {differences.Count}.");
        Assert.True(compared >= 40, $"Only {compared} columns could be compared.");
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    private async Task<SeedProgress> SeedAsync()
    {
        await using var scope = host.SystemScope();
        var services = scope.ServiceProvider;
        var caseload = new SyntheticCaseload(services.GetRequiredService<LanternDbContext>(), services.GetRequiredService<UserManager<LanternUser>>(), host.Clock);
        return await caseload.SeedAsync(Cases, seed: 7, Clients.DemoPassword);
    }

    /// <summary>The case itself and every table with a CaseId column, with their columns.</summary>
    private static async Task<List<(string Table, List<string> Columns)>> ColumnsOfCaseTablesAsync(System.Data.Common.DbConnection connection)
    {
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var result = new List<(string, List<string>)>();
        foreach (var table in tables.Order(StringComparer.Ordinal))
        {
            var columns = new List<string>();
            await using var info = connection.CreateCommand();
            info.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }

            if (table == "Cases" || columns.Contains("CaseId"))
            {
                result.Add((table, columns));
            }
        }

        return result;
    }

    private static async Task<(string Type, string Text)?> FirstValueAsync(System.Data.Common.DbConnection connection, string table, string column, string where)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT typeof(\"{column}\"), CAST(\"{column}\" AS TEXT) FROM \"{table}\" WHERE {where} AND \"{column}\" IS NOT NULL LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetString(0), reader.IsDBNull(1) ? "" : reader.GetString(1)) : null;
    }

    /// <summary>The storage class, and for ids and dates the spelling (upper or lower case, separators, offset).</summary>
    private static string Shape((string Type, string Text) value) => value.Type + ":" + value.Text switch
    {
        var t when GuidText().IsMatch(t) => t.Any(char.IsUpper) ? "GUID" : t.Any(char.IsLower) ? "guid" : "guid?",
        var t when DateText().IsMatch(t) => Digits().Replace(Fraction().Replace(t, ".f"), "9"),
        _ => "",
    };
}
