namespace StreamFilter.Core.Detection.Validation;

/// <summary>
/// National Provider Identifiers: ten digits starting with 1 or 2, valid under Luhn when read with the
/// ISO card-issuer prefix 80840 in front. That prefix always contributes 24 to the Luhn sum.
/// </summary>
public static class NpiChecksum
{
    private const int PrefixSum = 24;

    /// <summary>Validates ten digits, ignoring separators between them.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits) =>
        digits.Length > 0 && digits[0] is '1' or '2' && Luhn.Sum(digits, PrefixSum) % 10 == 0;
}
