namespace StreamFilter.Core.Detection.Validation.NationalIds;

/// <summary>Whether a day exists: many national numbers carry the holder's birth date, and a date that cannot exist rejects most look-alikes.</summary>
public static class CalendarDate
{
    /// <summary>True when day <paramref name="day"/> of month <paramref name="month"/> exists in <paramref name="year"/> (full year).</summary>
    public static bool Exists(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month);

    /// <summary>Two ASCII digits as a number, or -1.</summary>
    public static int TwoDigits(ReadOnlySpan<char> s, int at)
    {
        var a = s[at] - '0';
        var b = s[at + 1] - '0';
        return (uint)a <= 9 && (uint)b <= 9 ? (a * 10) + b : -1;
    }
}
