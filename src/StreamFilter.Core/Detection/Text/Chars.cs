using System.Runtime.CompilerServices;

namespace StreamFilter.Core.Detection.Text;

/// <summary>Character tests and boundary checks shared by the detectors; ASCII-only on purpose.</summary>
internal static class Chars
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiLetterOrDigit(char c) => IsDigit(c) || IsAsciiLetter(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpper(char c) => (uint)(c - 'A') <= 'Z' - 'A';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHex(char c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a';

    /// <summary>True when no letter or digit touches position <paramref name="start"/> from the left.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordStart(ReadOnlySpan<char> text, int start) => start == 0 || !char.IsLetterOrDigit(text[start - 1]);

    /// <summary>True when no letter or digit touches position <paramref name="end"/> (exclusive) from the right.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordEnd(ReadOnlySpan<char> text, int end) => end >= text.Length || !char.IsLetterOrDigit(text[end]);

    /// <summary>
    /// True when a number ending at <paramref name="end"/> is not continued by more digits, either
    /// directly or through a separator ("123-45-6789-1" is not an SSN). A sentence-ending '.' or ',' is fine.
    /// </summary>
    public static bool IsNumberEnd(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }
        var c = text[end];
        if (char.IsLetterOrDigit(c))
        {
            return false;
        }
        return !(c is '-' or '.' or '/' or ',' && end + 1 < text.Length && IsDigit(text[end + 1]));
    }

    /// <summary>The mirror of <see cref="IsNumberEnd"/> for the left edge.</summary>
    public static bool IsNumberStart(ReadOnlySpan<char> text, int start)
    {
        if (start == 0)
        {
            return true;
        }
        var c = text[start - 1];
        if (char.IsLetterOrDigit(c))
        {
            return false;
        }
        return !(c is '-' or '.' or '/' or ',' && start >= 2 && IsDigit(text[start - 2]));
    }

    /// <summary>
    /// True when a token starting at <paramref name="start"/> stands on its own: no letter or digit
    /// touches it, and it is not the tail of a longer identifier joined by '-', '_', '.' or '/'
    /// ("a716-446655440000" in a UUID, "build_20240601").
    /// </summary>
    public static bool IsTokenStart(ReadOnlySpan<char> text, int start)
    {
        if (start == 0)
        {
            return true;
        }
        var c = text[start - 1];
        if (char.IsLetterOrDigit(c))
        {
            return false;
        }
        return !(c is '-' or '_' or '.' or '/' && start >= 2 && char.IsLetterOrDigit(text[start - 2]));
    }

    /// <summary>
    /// The mirror of <see cref="IsTokenStart"/>, also refusing a ':' before a digit (a clock time);
    /// a sentence-ending '.' followed by a space is fine.
    /// </summary>
    public static bool IsTokenEnd(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }
        var c = text[end];
        if (char.IsLetterOrDigit(c))
        {
            return false;
        }
        return !(end + 1 < text.Length
            && ((c is '-' or '_' or '.' or '/' && char.IsLetterOrDigit(text[end + 1])) || (c == ':' && IsDigit(text[end + 1]))));
    }

    /// <summary>Length of the run of ASCII digits starting at <paramref name="start"/>.</summary>
    /// <remarks>
    /// A plain loop: the runs the detectors measure are short (an area code, an octet, a date part),
    /// and a vectorized IndexOfAnyExceptInRange paid more to set up than the few characters cost.
    /// </remarks>
    public static int DigitRun(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while ((uint)i < (uint)text.Length && IsDigit(text[i]))
        {
            i++;
        }
        return i - start;
    }
}
