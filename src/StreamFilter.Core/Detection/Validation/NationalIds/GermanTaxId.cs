namespace StreamFilter.Core.Detection.Validation.NationalIds;

/// <summary>
/// Germany's Steuerliche Identifikationsnummer (IdNr): eleven digits, the first not 0; among the first
/// ten exactly one digit value occurs two or three times and every other at most once; the eleventh is
/// an ISO 7064 MOD 11,10 check digit.
/// </summary>
public static class GermanTaxId
{
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 11 || digits[0] == '0' || digits.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }
        Span<int> counts = stackalloc int[10];
        foreach (var c in digits[..10])
        {
            counts[c - '0']++;
        }
        var repeated = 0;
        foreach (var n in counts)
        {
            if (n > 3)
            {
                return false;
            }
            if (n > 1)
            {
                repeated++;
            }
        }
        return repeated == 1 && Mod11_10Check(digits[..10]) == digits[10] - '0';
    }

    /// <summary>The ISO 7064 MOD 11,10 (hybrid) check digit of <paramref name="body"/>.</summary>
    public static int Mod11_10Check(ReadOnlySpan<char> body)
    {
        var p = 10;
        foreach (var c in body)
        {
            var s = (p + (c - '0')) % 10;
            p = (s == 0 ? 10 : s) * 2 % 11;
        }
        var check = 11 - p;
        return check == 10 ? 0 : check;
    }
}
