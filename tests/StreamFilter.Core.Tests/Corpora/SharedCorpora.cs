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

    /// <summary>Converts a code-point offset (Python indexing, as the corpora use) to a UTF-16 offset.</summary>
    public static int ToUtf16(string text, int codePoints)
    {
        var utf16 = 0;
        for (var cp = 0; cp < codePoints && utf16 < text.Length; cp++)
        {
            utf16 += char.IsHighSurrogate(text[utf16]) && utf16 + 1 < text.Length ? 2 : 1;
        }
        return utf16;
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
