namespace StreamFilter.Core.Detection.Validation;

/// <summary>
/// DEA registration numbers: a registrant-type letter, a second letter (or '9'), then seven digits
/// where the last digit equals the last digit of (d1 + d3 + d5) + 2 * (d2 + d4 + d6).
/// </summary>
public static class DeaChecksum
{
    /// <summary>Registrant types the DEA issues (practitioners, mid-levels, distributors, ...).</summary>
    public static bool IsRegistrantType(char c) => c is 'A' or 'B' or 'C' or 'D' or 'E' or 'F' or 'G' or 'H' or 'J' or 'K'
        or 'L' or 'M' or 'P' or 'R' or 'S' or 'T' or 'U' or 'X';

    /// <summary>Validates the seven digits after the two letters.</summary>
    public static bool IsValid(ReadOnlySpan<char> sevenDigits)
    {
        if (sevenDigits.Length != 7)
        {
            return false;
        }
        var odd = 0;
        var even = 0;
        for (var i = 0; i < 6; i++)
        {
            var d = sevenDigits[i] - '0';
            if ((uint)d > 9)
            {
                return false;
            }
            if (i % 2 == 0)
            {
                odd += d;
            }
            else
            {
                even += d;
            }
        }
        return (odd + (2 * even)) % 10 == sevenDigits[6] - '0';
    }
}
