namespace StreamFilter.Core.Keystrokes;

/// <summary>
/// Whether held text could still become (part of) a value once more keys arrive: the test that keeps
/// keys held across an idle flush, and that masks them when they must be released before their value
/// is known (end of input, the holdback bound). Shapes, not detectors: no detector accepts "536-22-",
/// yet it is the start of an SSN, and "536224871" is an SSN once " is my social" follows it.
/// </summary>
/// <remarks>
/// Two ways to be unfinished:
/// - The value is still being typed: the last chain of tokens joined by digits (a chain ends at a gap
///   with no digit on either side, see <see cref="HoldbackBoundary"/>) is open (no Enter after it) and
///   holds two or more digits (SSNs, cards, phones, accounts; a single digit says little and keeps
///   "room 4" from being held), an email's '@', or an IBAN's start ("DE89").
/// - The value is typed but its context word may still follow ("536224871 is my social", also on the
///   next line): a chain of seven or more digits, the shortest numbers a context word turns into an
///   identifier. Shorter closed numbers ("order 5362", Enter) can gain nothing and are released.
/// Ordinary words never qualify, so a pause after "see you t" still releases it at the idle flush.
/// </remarks>
internal static class PartialValue
{
    private const int OpenDigits = 2;
    private const int ClosedDigits = 7;

    /// <param name="held">The held text (from <see cref="HoldbackBoundary.HeldFrom"/> to the end).</param>
    /// <param name="lastOpen">False after an Enter: the last chain can no longer grow.</param>
    public static bool Could(ReadOnlySpan<char> held, bool lastOpen)
    {
        var chainDigits = 0;
        var chainMark = false;
        var previousHadDigit = false;
        var start = -1;
        for (var i = 0; i <= held.Length; i++)
        {
            if (i < held.Length && !char.IsWhiteSpace(held[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }
            if (start < 0)
            {
                continue;
            }
            var token = held[start..i];
            start = -1;
            var digits = Digits(token);
            if (digits == 0 && !previousHadDigit)
            {
                chainDigits = 0; // two digit-free words in a row: the chain before them is closed
                chainMark = false;
            }
            previousHadDigit = digits > 0;
            chainDigits += digits;
            chainMark |= HasMark(token);
            if (chainDigits >= ClosedDigits)
            {
                return true;
            }
        }
        return lastOpen && (chainMark || chainDigits >= OpenDigits) && EndsInValueToken(held);
    }

    /// <summary>A token that is (part of) a partial value and is masked when released undecided.</summary>
    public static bool IsValueToken(ReadOnlySpan<char> token) => Digits(token) > 0 || HasMark(token);

    /// <summary>The last token of the chain is itself value-like: "536-22- thanks" has moved on.</summary>
    private static bool EndsInValueToken(ReadOnlySpan<char> held)
    {
        var end = held.Length;
        while (end > 0 && char.IsWhiteSpace(held[end - 1]))
        {
            end--;
        }
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(held[start - 1]))
        {
            start--;
        }
        return IsValueToken(held[start..end]);
    }

    private static int Digits(ReadOnlySpan<char> token)
    {
        var n = 0;
        foreach (var c in token)
        {
            n += char.IsAsciiDigit(c) ? 1 : 0;
        }
        return n;
    }

    /// <summary>An email's '@' after its first character, or an IBAN's country code and check digits.</summary>
    private static bool HasMark(ReadOnlySpan<char> token) =>
        token.IndexOf('@') > 0
        || (token.Length >= 4 && char.IsAsciiLetter(token[0]) && char.IsAsciiLetter(token[1]) && char.IsAsciiDigit(token[2]) && char.IsAsciiDigit(token[3]));
}
