using System.Diagnostics;
using Npgsql;

namespace Lantern.Assurance.Tests.Durability;

/// <summary>
/// A PostgreSQL cluster of the harness's own, with fsync on: the shared test server runs with fsync off for speed, so it
/// could not show that a committed change survives. Run as the postgres user when the tests run as root (PostgreSQL
/// refuses root), trust authentication for the lantern user, loopback only; removed when disposed.
/// </summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string bin;
    private readonly string folder;
    private readonly int port;

    private PostgresCluster(string bin, string folder, int port)
    {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
    }

    public string ConnectionString => $"Host=127.0.0.1;Port={port};Username=lantern;Database=lantern;Pooling=false;Timeout=5";

    /// <summary>The folder of initdb and pg_ctl: LANTERN_PG_BIN (./test.sh sets it), or the newest installed version.</summary>
    public static string? FindBin()
    {
        var configured = Environment.GetEnvironmentVariable("LANTERN_PG_BIN");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(Path.Combine(configured, "initdb")) ? configured : null;
        }

        const string installed = "/usr/lib/postgresql";
        return Directory.Exists(installed)
            ? Directory.GetDirectories(installed)
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderBy(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
                .LastOrDefault()
            : null;
    }

    public static async Task<PostgresCluster> CreateAsync(string bin, int port)
    {
        var folder = Directory.CreateTempSubdirectory("lantern-crash-pg.").FullName;
        var cluster = new PostgresCluster(bin, folder, port);
        if (RunsAsRoot)
        {
            await RunAsync("chown", "postgres", folder);
        }

        await cluster.PgAsync("initdb", "-D", cluster.DataFolder, "-A", "trust", "-U", "lantern");
        await cluster.StartAsync();
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Database = "postgres" }.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE DATABASE lantern";
            await command.ExecuteNonQueryAsync();
        }

        return cluster;
    }

    private static bool RunsAsRoot => Environment.UserName == "root";

    private string DataFolder => Path.Combine(folder, "data");

    public Task StartAsync() => PgAsync("pg_ctl", "-D", DataFolder, "-l", Path.Combine(folder, "log"), "-w", "-t", "60", "start", "-o",
        $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on -c full_page_writes=on -c max_connections=100");

    /// <summary>An immediate stop: the server quits without a checkpoint and recovers from its write-ahead log on the next start.</summary>
    public Task StopImmediatelyAsync() => PgAsync("pg_ctl", "-D", DataFolder, "-m", "immediate", "-w", "stop");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await PgAsync("pg_ctl", "-D", DataFolder, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped (a failed start, say); the folder goes regardless.
        }

        Directory.Delete(folder, recursive: true);
    }

    private Task PgAsync(string program, params string[] arguments)
    {
        var path = Path.Combine(bin, program);
        return RunsAsRoot ? RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments]) : RunAsync(path, arguments);
    }

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
