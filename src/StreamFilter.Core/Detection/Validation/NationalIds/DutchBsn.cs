namespace StreamFilter.Core.Detection.Validation.NationalIds;

/// <summary>The Netherlands' BSN: nine digits passing the "elfproef" (weights 9..2 and -1, total divisible by 11).</summary>
public static class DutchBsn
{
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 9 || !digits.ContainsAnyExcept('0'))
        {
            return false;
        }
        var sum = -(digits[8] - '0');
        for (var i = 0; i < 8; i++)
        {
            sum += (digits[i] - '0') * (9 - i);
        }
        return sum % 11 == 0;
    }
}
