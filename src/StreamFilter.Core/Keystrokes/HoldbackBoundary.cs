using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Keystrokes;

/// <summary>
/// Decides how much of the rebuilt text must still be held because more typing could turn it into
/// (part of) a detected value. Everything before the returned index can be judged now.
/// </summary>
/// <remarks>
/// Rules, in order (all fail towards holding more):
/// 1. The last token (run of non-space characters) is held: emails, tokens and URLs grow over any
///    non-space character, and trailing spaces may still be followed by the next group of a number.
/// 2. Space-separated tokens form one chain while either side of a gap holds a digit: cards
///    ("4111 1111 ..."), SSNs with spaces, phone numbers and IBANs ("DE89 3704 ...") span spaces,
///    while a gap between two digit-free words ("my social") cannot be part of any such value.
/// 2a. After a field boundary (Tab, Enter, a focus change; <c>endsAtBoundary</c>), the
///    last token can no longer grow: it stays held only when its chain holds a digit, since the next
///    field may hold the next group of the number (a card typed in four boxes).
/// 3. A token holding a digit is held until <see cref="DetectorEngine.ContextWindowAfter"/> characters
///    follow it, because a context word typed after a bare number ("536224871 is my ssn") can still
///    lift it over the threshold.
/// </remarks>
internal static class HoldbackBoundary
{
    public static int HeldFrom(ReadOnlySpan<char> text, bool endsAtBoundary = false)
    {
        var end = text.Length;
        while (end > 0 && IsGap(text[end - 1]))
        {
            end--;
        }
        if (end == 0)
        {
            return text.Length;
        }
        var heldFrom = TokenStart(text, end, out var chainHeadHasDigit);
        if (endsAtBoundary && !chainHeadHasDigit)
        {
            return HoldNumbersAwaitingContext(text, text.Length);
        }
        while (true)
        {
            var gap = heldFrom;
            while (gap > 0 && IsGap(text[gap - 1]))
            {
                gap--;
            }
            if (gap == 0 || gap == heldFrom)
            {
                break;
            }
            var previous = TokenStart(text, gap, out var previousHasDigit);
            if (!previousHasDigit && !chainHeadHasDigit)
            {
                break;
            }
            heldFrom = previous;
            chainHeadHasDigit = previousHasDigit;
        }
        return HoldNumbersAwaitingContext(text, heldFrom);
    }

    private static int HoldNumbersAwaitingContext(ReadOnlySpan<char> text, int heldFrom)
    {
        var mustFollow = text.Length - DetectorEngine.ContextWindowAfter;
        var tokenEnd = heldFrom;
        while (true)
        {
            while (tokenEnd > 0 && IsGap(text[tokenEnd - 1]))
            {
                tokenEnd--;
            }
            if (tokenEnd == 0 || tokenEnd <= mustFollow)
            {
                return heldFrom;
            }
            var start = TokenStart(text, tokenEnd, out var hasDigit);
            if (hasDigit)
            {
                heldFrom = start;
            }
            tokenEnd = start;
        }
    }

    /// <summary>
    /// The start of the token ending at <paramref name="end"/>, and whether it holds an ASCII digit: one
    /// pass over its characters (tokens are a few characters; a vectorized search per token cost more).
    /// </summary>
    private static int TokenStart(ReadOnlySpan<char> text, int end, out bool hasDigit)
    {
        var start = end;
        hasDigit = false;
        while (start > 0 && !IsGap(text[start - 1]))
        {
            hasDigit |= char.IsAsciiDigit(text[start - 1]);
            start--;
        }
        return start;
    }

    private static bool IsGap(char c) => char.IsWhiteSpace(c);
}
