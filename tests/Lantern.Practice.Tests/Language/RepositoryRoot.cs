namespace Lantern.Practice.Tests.Language;

/// <summary>Finds the repository root (the folder holding Lantern.slnx) from the test's working directory.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lantern.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Lantern.slnx not found above " + AppContext.BaseDirectory);
    }
}
