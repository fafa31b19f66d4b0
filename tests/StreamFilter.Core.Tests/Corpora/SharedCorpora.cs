namespace StreamFilter.Core.Tests.Corpora;

/// <summary>Finds ../shared/corpora by walking up from the test binaries; a missing corpus fails the test.</summary>
internal static class SharedCorpora
{
    public static string PathOf(string fileName)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpora");
            if (Directory.Exists(candidate))
            {
                var file = Path.Combine(candidate, fileName);
                Assert.True(File.Exists(file), $"{fileName} is missing from {candidate}");
                return file;
            }
        }
        Assert.Fail($"no shared/corpora directory above {AppContext.BaseDirectory}; the corpora are required");
        return "";
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
