namespace StreamFilter.Core.Detection.Validation.NationalIds;

/// <summary>Canadian Social Insurance Number: nine digits passing Luhn; numbers starting with 0 or 8 are not allocated.</summary>
public static class CanadaSin
{
    public static bool IsValid(ReadOnlySpan<char> digits) =>
        digits.Length == 9 && digits[0] is not ('0' or '8') && Luhn.IsValid(digits);
}
