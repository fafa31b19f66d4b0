namespace StreamFilter.Core.Tests.Sensitivity;

/// <summary>Finds the repository root and ../shared/corpora from the test binary's directory.</summary>
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

    /// <summary>
    /// The shared corpora: $STREAMFILTER_CORPORA, else the nearest shared/corpora beside the repository
    /// or one of its parents (a worktree sits one level deeper than the main checkout).
    /// </summary>
    public static string SharedCorpora()
    {
        var configured = Environment.GetEnvironmentVariable("STREAMFILTER_CORPORA");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }
        for (var dir = new DirectoryInfo(Root()).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpora");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("../shared/corpora not found; set STREAMFILTER_CORPORA");
    }
}
