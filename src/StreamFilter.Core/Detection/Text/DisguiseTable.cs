using System.Buffers;

namespace StreamFilter.Core.Detection.Text;

/// <summary>
/// The non-ASCII characters that disguise an identifier, folded to what they pass for: every Unicode
/// decimal digit (Arabic-Indic, Devanagari, full-width, mathematical...) and digit-valued symbol
/// (superscripts, circled digits) to its ASCII digit, dash and hyphen variants to '-', space variants
/// to ' ', full-width and small forms and separator look-alikes to their ASCII character, and
/// zero-width and other invisible format characters to nothing. The ranges are generated from the
/// reference table (scripts/generate-disguise-table.py).
/// </summary>
internal static partial class DisguiseTable
{
    /// <summary>Fold result meaning "drop the character".</summary>
    public const char Drop = '\0';

    /// <summary>Every BMP character with a fold, and the high surrogates of the supplementary ones.</summary>
    public static SearchValues<char> Candidates { get; } = SearchValues.Create(CandidateChars());

    /// <summary><see cref="Candidates"/> with <paramref name="extra"/> too.</summary>
    public static SearchValues<char> WithAlso(char extra) => SearchValues.Create([.. CandidateChars(), extra]);

    /// <summary>The ASCII character <paramref name="codePoint"/> folds to, <see cref="Drop"/>, or false when it is no disguise.</summary>
    public static bool TryFold(int codePoint, out char folded)
    {
        var ranges = Ranges;
        int lo = 0, hi = (ranges.Length / 3) - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var first = ranges[mid * 3];
            if (codePoint < first)
            {
                hi = mid - 1;
            }
            else if (codePoint > ranges[(mid * 3) + 1])
            {
                lo = mid + 1;
            }
            else
            {
                var target = ranges[(mid * 3) + 2];
                var step = target >> 8;
                folded = (char)((target & 0xFF) == 0 ? 0 : (target & 0xFF) + (step * (codePoint - first)));
                return true;
            }
        }
        folded = Drop;
        return false;
    }

    private static char[] CandidateChars()
    {
        var chars = new List<char>(HighSurrogates);
        var ranges = Ranges;
        for (var r = 0; r < ranges.Length; r += 3)
        {
            for (var cp = ranges[r]; cp <= ranges[r + 1] && cp < 0x10000; cp++)
            {
                chars.Add((char)cp);
            }
        }
        return chars.ToArray();
    }
}
