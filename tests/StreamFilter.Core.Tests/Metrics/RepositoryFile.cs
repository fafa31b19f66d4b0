namespace StreamFilter.Core.Tests.Metrics;

/// <summary>Finds files of the repository (docker/, topologies/) from the test's output directory.</summary>
internal static class RepositoryFile
{
    public static string PathOf(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StreamFilter.sln")))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }

        throw new FileNotFoundException("StreamFilter.sln not found above " + AppContext.BaseDirectory);
    }
}
