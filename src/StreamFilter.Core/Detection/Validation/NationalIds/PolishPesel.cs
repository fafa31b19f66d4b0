namespace StreamFilter.Core.Detection.Validation.NationalIds;

/// <summary>
/// Poland's PESEL: YYMMDD (the month carries the century: +80 1800s, +20 2000s, +40, +60), a serial and
/// a check digit from weights 1,3,7,9 repeated, mod 10. The date must exist.
/// </summary>
public static class PolishPesel
{
    private static readonly int[] Weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 11)
        {
            return false;
        }
        var yy = CalendarDate.TwoDigits(digits, 0);
        var mm = CalendarDate.TwoDigits(digits, 2);
        var century = (mm / 20) switch
        {
            0 => 1900,
            1 => 2000,
            2 => 2100,
            3 => 2200,
            _ => 1800,
        };
        if (!CalendarDate.Exists(century + yy, mm % 20, CalendarDate.TwoDigits(digits, 4)))
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }
        return (10 - (sum % 10)) % 10 == digits[10] - '0';
    }
}
