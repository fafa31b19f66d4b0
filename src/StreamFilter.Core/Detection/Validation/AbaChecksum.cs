namespace StreamFilter.Core.Detection.Validation;

/// <summary>
/// ABA routing transit numbers: weights 3-7-1 repeated over the nine digits must sum to a multiple
/// of 10, and the first two digits must be a Federal Reserve routing symbol (00-12, 21-32, 61-72, 80).
/// </summary>
public static class AbaChecksum
{
    /// <summary>Validates exactly nine ASCII digits.</summary>
    public static bool IsValid(ReadOnlySpan<char> nineDigits)
    {
        if (nineDigits.Length != 9)
        {
            return false;
        }
        var prefix = ((nineDigits[0] - '0') * 10) + (nineDigits[1] - '0');
        if (!(prefix <= 12 || prefix is >= 21 and <= 32 || prefix is >= 61 and <= 72 || prefix == 80))
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var d = nineDigits[i] - '0';
            if ((uint)d > 9)
            {
                return false;
            }
            sum += d * (i % 3) switch { 0 => 3, 1 => 7, _ => 1 };
        }
        return sum % 10 == 0;
    }
}
