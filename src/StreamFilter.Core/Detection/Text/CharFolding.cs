using System.Buffers;

namespace StreamFilter.Core.Detection.Text;

/// <summary>
/// The character pass of the normalised view: disguise characters (<see cref="DisguiseTable"/>) fold
/// to ASCII or disappear, and a %-escape of a printable ASCII character ("%40" in a URL) becomes that
/// character. Ordinary ASCII text is recognised by one vectorised search and never copied.
/// </summary>
internal static class CharFolding
{
    /// <summary>ASCII without '%': everything else may start a fold.</summary>
    private static readonly SearchValues<char> PlainAscii =
        SearchValues.Create(Enumerable.Range(0, 128).Where(c => c != '%').Select(c => (char)c).ToArray());

    /// <summary>The characters that may fold: the disguise table's and '%'.</summary>
    private static readonly SearchValues<char> FoldStarts = DisguiseTable.WithAlso('%');

    /// <summary>The first position that may start a fold (a non-ASCII character or '%'), or -1.</summary>
    public static int FirstCandidate(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(PlainAscii);

    /// <summary>
    /// Writes the folded text into <paramref name="view"/>; false (and nothing usable) when nothing
    /// folds, or when no fold can matter to a detector: an em dash between words, a full-width comma
    /// in Chinese prose and a joiner inside an emoji change no identifier, so such texts are scanned
    /// as they are. A digit or letter fold always matters; a separator only next to a digit; a
    /// dropped character only next to a digit or '@' or between two letters.
    /// </summary>
    public static bool TryFold(ReadOnlySpan<char> text, int from, ViewBuffer view)
    {
        // First decide, without copying, whether any fold matters: most texts with a non-ASCII
        // character have none that does (accents, CJK punctuation, em dashes in prose, emoji).
        var matters = false;
        for (var i = NextFold(text, from, out var folded, out var length); i >= 0; i = NextFold(text, i + length, out folded, out length))
        {
            if (Matters(text, i, length, folded))
            {
                matters = true;
                break;
            }
        }
        if (!matters)
        {
            return false;
        }
        view.Reset(text.Length);
        var copied = 0;
        for (var i = NextFold(text, from, out var c, out var n); i >= 0; i = NextFold(text, i + n, out c, out n))
        {
            view.AppendSame(text, copied, i);
            if (c != DisguiseTable.Drop)
            {
                view.Append(c, i, i + n);
            }
            copied = i + n;
        }
        view.AppendSame(text, copied, text.Length);
        return true;
    }

    /// <summary>The next position at or after <paramref name="from"/> that folds, with its fold and length, or -1.</summary>
    private static int NextFold(ReadOnlySpan<char> text, int from, out char folded, out int length)
    {
        var i = from;
        while (i < text.Length)
        {
            var next = text[i..].IndexOfAny(FoldStarts);
            if (next < 0)
            {
                break;
            }
            i += next;
            if (TryFoldAt(text, i, out folded, out length))
            {
                return i;
            }
            i++;
        }
        (folded, length) = (DisguiseTable.Drop, 1);
        return -1;
    }

    private static bool Matters(ReadOnlySpan<char> text, int i, int length, char folded)
    {
        if (char.IsAsciiLetterOrDigit(folded) || folded == '@')
        {
            return true;
        }
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + length < text.Length ? text[i + length] : ' ';
        if (folded == DisguiseTable.Drop)
        {
            return IsDigitLike(before) || IsDigitLike(after) || before == '@' || after == '@'
                || (char.IsAsciiLetter(before) && char.IsAsciiLetter(after));
        }
        return IsDigitLike(before) || IsDigitLike(after);
    }

    /// <summary>An ASCII digit, or a character that folds to one (a full-width or Arabic-Indic digit).</summary>
    private static bool IsDigitLike(char c) =>
        char.IsAsciiDigit(c) || (c >= 0x80 && DisguiseTable.Candidates.Contains(c) && DisguiseTable.TryFold(c, out var f) && char.IsAsciiDigit(f));

    private static bool TryFoldAt(ReadOnlySpan<char> text, int i, out char folded, out int length)
    {
        var c = text[i];
        if (c == '%')
        {
            length = 3;
            return TryPercentEscape(text, i, out folded);
        }
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            length = 2;
            return DisguiseTable.TryFold(char.ConvertToUtf32(c, text[i + 1]), out folded);
        }
        length = 1;
        folded = DisguiseTable.Drop;
        return DisguiseTable.Candidates.Contains(c) && DisguiseTable.TryFold(c, out folded);
    }

    /// <summary>"%40" and the like: a printable ASCII character escaped in a URL.</summary>
    private static bool TryPercentEscape(ReadOnlySpan<char> text, int i, out char decoded)
    {
        decoded = DisguiseTable.Drop;
        if (i + 2 >= text.Length || !Chars.IsHex(text[i + 1]) || !Chars.IsHex(text[i + 2]))
        {
            return false;
        }
        var value = (HexValue(text[i + 1]) << 4) | HexValue(text[i + 2]);
        if (value is < 0x20 or > 0x7E)
        {
            return false;
        }
        decoded = (char)value;
        return true;
    }

    private static int HexValue(char c) => Chars.IsDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
}
