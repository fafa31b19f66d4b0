namespace StreamFilter.Core.Detection.Validation;

/// <summary>The Luhn (mod 10) check used by payment cards and NPIs.</summary>
public static class Luhn
{
    /// <summary>Validates the digits of <paramref name="text"/>, skipping any non-digit separators.</summary>
    public static bool IsValid(ReadOnlySpan<char> text) => Sum(text, 0) % 10 == 0 && CountDigits(text) > 1;

    /// <summary>
    /// The Luhn sum with <paramref name="prefixSum"/> already folded in, for numbers checked with an
    /// implicit prefix (an NPI is checked as if prefixed by 80840).
    /// </summary>
    public static int Sum(ReadOnlySpan<char> text, int prefixSum)
    {
        var sum = prefixSum;
        var doubleIt = false;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var d = text[i] - '0';
            if ((uint)d > 9)
            {
                continue;
            }
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum;
    }

    private static int CountDigits(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if ((uint)(c - '0') <= 9)
            {
                n++;
            }
        }
        return n;
    }
}
