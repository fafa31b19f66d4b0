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

    /// <summary>Writes the folded text into <paramref name="view"/>; false (and nothing usable) when nothing folds.</summary>
    public static bool TryFold(ReadOnlySpan<char> text, int from, ViewBuffer view)
    {
        view.Reset(text.Length);
        var copied = 0;
        var changed = false;
        var i = from;
        while (i < text.Length)
        {
            var next = text[i..].IndexOfAny(FoldStarts);
            if (next < 0)
            {
                break;
            }
            i += next;
            if (!TryFoldAt(text, i, out var folded, out var length))
            {
                i++;
                continue;
            }
            changed = true;
            view.AppendSame(text, copied, i);
            if (folded != DisguiseTable.Drop)
            {
                view.Append(folded, i, i + length);
            }
            i += length;
            copied = i;
        }
        if (!changed)
        {
            return false;
        }
        view.AppendSame(text, copied, text.Length);
        return true;
    }

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
