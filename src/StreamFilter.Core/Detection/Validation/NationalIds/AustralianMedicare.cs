namespace StreamFilter.Core.Detection.Validation.NationalIds;

/// <summary>
/// Australia's Medicare card number: ten digits (eleven with the holder's position on the card), the
/// first 2-6, the ninth a check digit: weights 1,3,7,9,1,3,7,9 over the first eight, mod 10.
/// </summary>
public static class AustralianMedicare
{
    private static readonly int[] Weights = [1, 3, 7, 9, 1, 3, 7, 9];

    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length is not (10 or 11) || digits[0] is < '2' or > '6')
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }
        return sum % 10 == digits[8] - '0';
    }
}
