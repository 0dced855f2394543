using System.Diagnostics;

namespace Lantern.Assurance.Tests.Durability;

/// <summary>
/// The real Lantern.Web as its own operating-system process, so that a kill is a real SIGKILL: nothing in the
/// server gets to flush, dispose or finish a request. Configured as an operator would, through environment variables.
/// </summary>
internal sealed class ServerProcess(IReadOnlyDictionary<string, string> environment, int port, string workingFolder) : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(180);
    private readonly Queue<string> lastLines = new();
    private Process? process;

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{port}");

    /// <summary>Starts the server and returns once it answers HTTP, which is after it has migrated and seeded the database.</summary>
    public async Task StartAsync()
    {
        if (process is not null)
        {
            throw new InvalidOperationException("The server is already running.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WebAssembly());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilAnsweringAsync(process);
    }

    /// <summary>SIGKILL: the process ends at once, in whatever it was doing.</summary>
    public async Task KillAsync()
    {
        if (process is null)
        {
            return;
        }

        process.Kill(entireProcessTree: false);
        await process.WaitForExitAsync();
        process.Dispose();
        process = null;
    }

    public string LastOutput()
    {
        lock (lastLines)
        {
            return string.Join('\n', lastLines);
        }
    }

    public async ValueTask DisposeAsync() => await KillAsync();

    private async Task WaitUntilAnsweringAsync(Process running)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < StartLimit)
        {
            if (running.HasExited)
            {
                throw new InvalidOperationException($"Lantern.Web exited with code {running.ExitCode} while starting:\n{LastOutput()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
            catch (TaskCanceledException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"Lantern.Web did not answer within {StartLimit.TotalSeconds} s:\n{LastOutput()}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lastLines)
        {
            lastLines.Enqueue(line);
            while (lastLines.Count > 40)
            {
                lastLines.Dequeue();
            }
        }
    }

    /// <summary>The web app as built beside the tests (a project reference copies it, with its runtime configuration).</summary>
    private static string WebAssembly()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Lantern.Web.dll");
        return File.Exists(path) && File.Exists(Path.Combine(AppContext.BaseDirectory, "Lantern.Web.runtimeconfig.json"))
            ? path
            : throw new FileNotFoundException("Lantern.Web.dll and its runtime configuration are not beside the tests; build the test project first.", path);
    }
}
