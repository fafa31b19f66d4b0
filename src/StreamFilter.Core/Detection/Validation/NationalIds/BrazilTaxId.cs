namespace StreamFilter.Core.Detection.Validation.NationalIds;

/// <summary>
/// Brazil's CPF (persons, 11 digits) and CNPJ (companies, 14 digits): two mod-11 check digits each.
/// A number of one repeated digit passes the arithmetic but is a placeholder, never issued.
/// </summary>
public static class BrazilTaxId
{
    private static readonly System.Buffers.SearchValues<char> AlphanumericUpper =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly int[] CnpjWeights = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

    public static bool IsValidCpf(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 11 || IsOneDigitRepeated(digits) || digits.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }
        return CheckDigit(digits[..9], 10) == digits[9] - '0' && CheckDigit(digits[..10], 11) == digits[10] - '0';
    }

    /// <summary>
    /// A CNPJ; the first twelve characters may also be letters (the alphanumeric CNPJ), valued as
    /// their ASCII code minus 48, so one rule covers both.
    /// </summary>
    public static bool IsValidCnpj(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 14 || IsOneDigitRepeated(digits) || digits[..12].ContainsAnyExcept(AlphanumericUpper)
            || digits[12..].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }
        return CnpjCheck(digits[..12], CnpjWeights.AsSpan(1)) == digits[12] - '0'
            && CnpjCheck(digits[..13], CnpjWeights) == digits[13] - '0';
    }

    /// <summary>CPF: weights from <paramref name="firstWeight"/> down to 2.</summary>
    private static int CheckDigit(ReadOnlySpan<char> body, int firstWeight)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            sum += (body[i] - '0') * (firstWeight - i);
        }
        return Remainder(sum);
    }

    private static int CnpjCheck(ReadOnlySpan<char> body, ReadOnlySpan<int> weights)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            sum += (body[i] - '0') * weights[i];
        }
        return Remainder(sum);
    }

    private static int Remainder(int sum)
    {
        var r = sum % 11;
        return r < 2 ? 0 : 11 - r;
    }

    private static bool IsOneDigitRepeated(ReadOnlySpan<char> digits) => !digits.ContainsAnyExcept(digits[0]);
}
