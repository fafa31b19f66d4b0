namespace StreamFilter.Core.Tests.Corpora;

/// <summary>
/// Finds ../shared/corpora (the public corpora next to the repository) by walking up from the test
/// binaries. A missing folder is an error, never a skipped test: the corpus tests must run everywhere.
/// </summary>
internal static class SharedCorpora
{
    public static string Folder { get; } = Locate();

    public static string PathOf(string fileName)
    {
        var path = Path.Combine(Folder, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Corpus file {fileName} is missing from {Folder}.", path);
        }
        return path;
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpora");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException(
            $"No shared/corpora folder above {AppContext.BaseDirectory}; the corpus tests need ../shared/corpora next to the repository.");
    }
}
