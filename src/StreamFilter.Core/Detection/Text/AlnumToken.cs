namespace StreamFilter.Core.Detection.Text;

/// <summary>
/// The bounds of an identifier-like token (ASCII letters and digits, optionally one '-' between
/// parts) around a digit, for detectors whose values mix letters and digits ("W123456789", "MRN-0042").
/// </summary>
internal readonly ref struct AlnumToken
{
    /// <summary>Longest token considered; longer runs are hashes or encoded data, not identifiers.</summary>
    public const int MaxLength = 24;

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
    /// Grows left from <paramref name="firstDigit"/> over letters and right over letters, digits and
    /// single inner dashes. Returns false when the token is glued to other text or too long.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, int firstDigit, out AlnumToken token)
    {
        token = default;
        var start = firstDigit;
        while (start > 0 && Chars.IsAsciiLetter(text[start - 1]) && firstDigit - start < MaxLength)
        {
            start--;
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
            else if (!(Chars.IsAsciiLetter(c) || (c == '-' && end > start && end + 1 < text.Length && Chars.IsAsciiLetterOrDigit(text[end + 1]))))
            {
                break;
            }
            end++;
        }
        if (end - start > MaxLength || !Chars.IsTokenStart(text, start) || !Chars.IsTokenEnd(text, end))
        {
            return false;
        }
        token = new AlnumToken(start, end, digits);
        return true;
    }
}
