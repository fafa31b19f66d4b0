namespace StreamFilter.Core.Detection.Validation.NationalIds;

/// <summary>
/// Sweden's personnummer: YYMMDD, a three-digit serial and a Luhn check digit over those ten digits;
/// the twelve-digit form adds the century. Samordningsnummer add 60 to the day.
/// </summary>
public static class SwedishPersonnummer
{
    /// <summary><paramref name="digits"/>: 10 or 12 ASCII digits.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length is not (10 or 12))
        {
            return false;
        }
        var century = 2000;
        if (digits.Length == 12)
        {
            century = CalendarDate.TwoDigits(digits, 0) * 100;
            if (century is < 1800 or > 2000)
            {
                return false;
            }
            digits = digits[2..];
        }
        var day = CalendarDate.TwoDigits(digits, 4);
        return CalendarDate.Exists(century + CalendarDate.TwoDigits(digits, 0), CalendarDate.TwoDigits(digits, 2), day > 60 ? day - 60 : day)
            && Luhn.IsValid(digits);
    }
}
