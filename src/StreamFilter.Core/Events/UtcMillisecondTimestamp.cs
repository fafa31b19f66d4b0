namespace StreamFilter.Core.Events;

/// <summary>
/// Converts the timestamp form recorders send on nearly every event, <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>,
/// without the general ISO 8601 parser (<see cref="System.Text.Json.Utf8JsonReader.TryGetDateTimeOffset"/>),
/// which cost ~40 ns per key event. Anything else, including this shape with a field out of its
/// plain range (second 60, hour 24, day 31 in a 30-day month), is declined and left to the general
/// parser, so what is accepted and rejected does not change (UtcMillisecondTimestampProperties).
/// </summary>
internal static class UtcMillisecondTimestamp
{
    private const int Length = 24;

    /// <summary>True and the instant (offset zero, as the general parser gives for <c>Z</c>) when <paramref name="utf8"/> has exactly this form.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out DateTimeOffset value)
    {
        value = default;
        if (utf8.Length != Length || utf8[4] != (byte)'-' || utf8[7] != (byte)'-' || utf8[10] != (byte)'T' || utf8[13] != (byte)':'
            || utf8[16] != (byte)':' || utf8[19] != (byte)'.' || utf8[23] != (byte)'Z')
        {
            return false;
        }
        if (!TryDigits(utf8[..4], out var year) || !TryDigits(utf8.Slice(5, 2), out var month) || !TryDigits(utf8.Slice(8, 2), out var day)
            || !TryDigits(utf8.Slice(11, 2), out var hour) || !TryDigits(utf8.Slice(14, 2), out var minute)
            || !TryDigits(utf8.Slice(17, 2), out var second) || !TryDigits(utf8.Slice(20, 3), out var millisecond))
        {
            return false;
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        value = new DateTimeOffset(year, month, day, hour, minute, second, millisecond, TimeSpan.Zero);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var b in digits)
        {
            var digit = (uint)(b - '0');
            if (digit > 9)
            {
                return false;
            }
            value = value * 10 + (int)digit;
        }
        return true;
    }
}
