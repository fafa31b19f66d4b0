namespace StreamFilter.Core.Detection.Text;

/// <summary>English month names and their common abbreviations ("Jan", "Jan.", "Sept"), case-insensitive.</summary>
internal static class MonthNames
{
    private static readonly string[] Full =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The month (1-12) that <paramref name="word"/> names, or 0.</summary>
    public static int Parse(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return 0;
        }
        for (var m = 0; m < Full.Length; m++)
        {
            var name = Full[m].AsSpan();
            if (word.Length <= name.Length && name.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                && (word.Length == 3 || word.Length == name.Length || word.Equals("sept", StringComparison.OrdinalIgnoreCase)))
            {
                return m + 1;
            }
        }
        return 0;
    }
}
