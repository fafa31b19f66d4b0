namespace StreamFilter.Core.Detection.Validation.NationalIds;

/// <summary>Australia's Tax File Number: eight or nine digits whose weighted sum (1,4,3,7,5,8,6,9,10) is divisible by 11.</summary>
public static class AustralianTfn
{
    private static readonly int[] Weights = [1, 4, 3, 7, 5, 8, 6, 9, 10];

    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length is not (8 or 9))
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }
        return sum % 11 == 0 && sum != 0;
    }
}
