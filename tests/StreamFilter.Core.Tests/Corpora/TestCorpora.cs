namespace StreamFilter.Core.Tests.Corpora;

/// <summary>
/// The public corpora copied into the repository (tests/data/corpora, provenance and licences in its
/// README), found from the test binaries through the solution file. Tests never read ../shared: a clone
/// with nothing beside it must pass. A missing file is an error, never a skipped test.
/// </summary>
internal static class TestCorpora
{
    public static string Folder { get; } = Path.Combine(RepoPaths.Root(), "tests", "data", "corpora");

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
}
