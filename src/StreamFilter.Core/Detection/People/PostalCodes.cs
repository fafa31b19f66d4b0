namespace StreamFilter.Core.Detection.People;

/// <summary>
/// Postal code shapes read at a position: US ZIP (12345, 12345-6789), UK postcodes (SW1A 2AA,
/// M1 1AE; Royal Mail's outward and inward structure) and Canadian codes (K1A 0B1). Each returns
/// the end of the code, or -1.
/// </summary>
internal static class PostalCodes
{
    public static int Zip(ReadOnlySpan<char> text, int i)
    {
        if (!Digits(text, i, 5) || (i + 5 < text.Length && char.IsLetterOrDigit(text[i + 5])))
        {
            return -1;
        }
        var e = i + 5;
        return e + 5 <= text.Length && text[e] == '-' && Digits(text, e + 1, 4) && (e + 5 == text.Length || !char.IsLetterOrDigit(text[e + 5])) ? e + 5 : e;
    }

    /// <summary>A UK postcode: outward code (A9, A99, AA9, AA99, A9A, AA9A), a space, inward code (9AA).</summary>
    public static int Uk(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        if (!Upper(text, j))
        {
            return -1;
        }
        j++;
        if (Upper(text, j))
        {
            j++;
        }
        if (!Digit(text, j))
        {
            return -1;
        }
        j++;
        if (Digit(text, j) || Upper(text, j))
        {
            j++;
        }
        if (j >= text.Length || text[j] != ' ')
        {
            return -1;
        }
        j++;
        return Digit(text, j) && Upper(text, j + 1) && Upper(text, j + 2) && (j + 3 == text.Length || !char.IsLetterOrDigit(text[j + 3])) ? j + 3 : -1;
    }

    /// <summary>A Canadian postal code: A9A 9A9 (the space optional).</summary>
    public static int Canada(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        if (!(Upper(text, j) && Digit(text, j + 1) && Upper(text, j + 2)))
        {
            return -1;
        }
        j += 3;
        if (j < text.Length && text[j] == ' ')
        {
            j++;
        }
        return Digit(text, j) && Upper(text, j + 1) && Digit(text, j + 2) && (j + 3 == text.Length || !char.IsLetterOrDigit(text[j + 3])) ? j + 3 : -1;
    }

    private static bool Digits(ReadOnlySpan<char> text, int i, int n)
    {
        if (i + n > text.Length)
        {
            return false;
        }
        for (var k = 0; k < n; k++)
        {
            if (!char.IsAsciiDigit(text[i + k]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Digit(ReadOnlySpan<char> text, int i) => i < text.Length && char.IsAsciiDigit(text[i]);

    private static bool Upper(ReadOnlySpan<char> text, int i) => i < text.Length && char.IsAsciiLetterUpper(text[i]);
}
