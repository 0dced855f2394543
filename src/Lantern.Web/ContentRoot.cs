using System.Reflection;

namespace Lantern.Web;

/// <summary>
/// Finds the folder holding wwwroot: the working folder when it has one (a published app), otherwise the
/// project folder recorded at build time (a <c>dotnet run</c> from the repository root).
/// </summary>
public static class ContentRoot
{
    public static string Resolve()
    {
        var current = Directory.GetCurrentDirectory();
        if (Directory.Exists(Path.Combine(current, "wwwroot")))
        {
            return current;
        }

        if (Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot")))
        {
            return AppContext.BaseDirectory;
        }

        var source = typeof(ContentRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "LanternSourceRoot")?.Value;
        return source is not null && Directory.Exists(Path.Combine(source, "wwwroot")) ? source : current;
    }
}
