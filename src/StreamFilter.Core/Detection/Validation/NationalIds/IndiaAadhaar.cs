namespace StreamFilter.Core.Detection.Validation.NationalIds;

/// <summary>India's Aadhaar: twelve digits, the first 2-9, not a palindrome, the last a Verhoeff check digit.</summary>
public static class IndiaAadhaar
{
    public static bool IsValid(ReadOnlySpan<char> digits) =>
        digits.Length == 12 && digits[0] >= '2' && !IsPalindrome(digits) && Verhoeff.IsValid(digits);

    private static bool IsPalindrome(ReadOnlySpan<char> s)
    {
        for (int i = 0, j = s.Length - 1; i < j; i++, j--)
        {
            if (s[i] != s[j])
            {
                return false;
            }
        }
        return true;
    }
}
