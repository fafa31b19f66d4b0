namespace StreamFilter.Cli.Tests;

/// <summary>Finds files shipped in the repository (samples/) from the test's output directory.</summary>
internal static class SampleFile
{
    public static string Path(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "StreamFilter.sln")))
            {
                return System.IO.Path.Combine(dir.FullName, relative);
            }
        }
        throw new FileNotFoundException("Repository root (StreamFilter.sln) not found above the test directory.");
    }
}
