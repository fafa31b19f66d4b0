using System.Globalization;
using System.Runtime.CompilerServices;

namespace StreamFilter.Core.Detection.People;

/// <summary>
/// Word boundaries as the person and address detectors see them: letters (any script), combining
/// marks, and an apostrophe or hyphen between letters ("O'Neil", "Jean-Luc"). Scalar and local: the
/// detectors call it only around their anchors, never over a whole text.
/// </summary>
internal static class WordReader
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) =>
        c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpper(char c) => c < 0x80 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-';

    /// <summary>The end (exclusive) of the word starting at <paramref name="start"/>, which must be a letter.</summary>
    public static int End(ReadOnlySpan<char> text, int start)
    {
        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsLetter(c))
            {
                i++;
            }
            else if (IsJoiner(c) && i + 1 < text.Length && IsLetter(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    /// <summary>The start of the word ending at <paramref name="end"/> (exclusive); text[end - 1] must be a letter.</summary>
    public static int Start(ReadOnlySpan<char> text, int end)
    {
        var i = end - 1;
        while (i > 0)
        {
            var c = text[i - 1];
            if (IsLetter(c))
            {
                i--;
            }
            else if (IsJoiner(c) && i >= 2 && IsLetter(text[i - 2]))
            {
                i -= 2;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    /// <summary>True when every letter of the word is upper case ("NASA", "LONDON").</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (IsLetter(c))
            {
                if (!IsUpper(c) && char.IsLower(c))
                {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
