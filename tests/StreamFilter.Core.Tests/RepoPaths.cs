namespace StreamFilter.Core.Tests;

/// <summary>Finds the repository root from the test binary's directory (the folder holding StreamFilter.sln).</summary>
internal static class RepoPaths
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StreamFilter.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("StreamFilter.sln not found above " + AppContext.BaseDirectory);
    }
}
