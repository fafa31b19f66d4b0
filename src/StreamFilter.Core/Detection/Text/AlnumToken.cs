using System.Buffers;

namespace StreamFilter.Core.Detection.Text;

/// <summary>
/// The bounds of an identifier-like token (ASCII letters and digits, optionally one '-' between
/// parts) around a digit, for detectors whose values mix letters and digits ("W123456789", "MRN-0042").
/// </summary>
internal readonly ref struct AlnumToken
{
    /// <summary>Longest token considered; longer runs are hashes or encoded data, not identifiers.</summary>
    public const int MaxLength = 24;

    private static readonly SearchValues<char> AsciiLetterOrDigit =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    public AlnumToken(int start, int end, int digits)
    {
        Start = start;
        End = end;
        Digits = digits;
    }

    public int Start { get; }

    public int End { get; }

    public int Digits { get; }

    public int Length => End - Start;

    /// <summary>
    /// Grows left from <paramref name="firstDigit"/> over letters (and one dash after a letter prefix)
    /// and right over letters, digits and inner dashes. Returns false when the token is glued to other text or too long.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, int firstDigit, out AlnumToken token)
    {
        token = default;
        var start = LettersBefore(text, firstDigit);
        var dashes = 0;
        if (start == firstDigit && start >= 2 && text[start - 1] == '-' && Chars.IsAsciiLetter(text[start - 2]))
        {
            // A letter prefix joined by a dash ("MR-0048291").
            start = LettersBefore(text, start - 1);
            dashes = 1;
        }
        var end = firstDigit;
        var digits = 0;
        while (end < text.Length && end - start <= MaxLength)
        {
            var c = text[end];
            if (Chars.IsDigit(c))
            {
                digits++;
            }
            else if (c == '-' && end + 1 < text.Length && Chars.IsAsciiLetterOrDigit(text[end + 1]))
            {
                dashes++;
            }
            else if (!Chars.IsAsciiLetter(c))
            {
                break;
            }
            end++;
        }
        // Two dashes make a date or a UUID-like key, not an identifier a person is given.
        if (end - start > MaxLength || dashes > 1 || !Chars.IsTokenStart(text, start) || !Chars.IsTokenEnd(text, end))
        {
            return false;
        }
        token = new AlnumToken(start, end, digits);
        return true;
    }

    /// <summary>
    /// The end of the run of letters and digits containing <paramref name="pos"/>: after a rejected
    /// token, scanning resumes there so long hex or base64 runs are examined once, not once per digit.
    /// </summary>
    public static int EndOfRun(ReadOnlySpan<char> text, int pos)
    {
        var n = text[pos..].IndexOfAnyExcept(AsciiLetterOrDigit);
        return n < 0 ? text.Length : pos + Math.Max(1, n);
    }

    private static int LettersBefore(ReadOnlySpan<char> text, int pos)
    {
        var start = pos;
        while (start > 0 && Chars.IsAsciiLetter(text[start - 1]) && pos - start < MaxLength)
        {
            start--;
        }
        return start;
    }
}
