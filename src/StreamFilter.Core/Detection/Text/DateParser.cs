namespace StreamFilter.Core.Detection.Text;

/// <summary>
/// Recognises one calendar date starting at a digit run: numeric day/month/year orders with one
/// consistent '/', '-' or '.', ISO year-first dates, and dates with an English month name before
/// or after the day, the day perhaps an ordinal ("March 3rd, 1985", "3rd of March 1985"). Only
/// plausible dates (month 1-12, day 1-31, year 1900-2099 or two digits) pass.
/// </summary>
internal static class DateParser
{
    /// <summary>Where a date was found; <c>End</c> is 0 when none was.</summary>
    public readonly record struct DateMatch(int Start, int End);

    public static DateMatch Match(ReadOnlySpan<char> text, int start, int run)
    {
        if (run == 4)
        {
            return YearFirst(text, start);
        }
        if (run is 1 or 2)
        {
            var numeric = Numeric(text, start, run);
            if (numeric.End > 0)
            {
                return numeric;
            }
            var dayFirst = DayMonthYear(text, start, run);
            return dayFirst.End > 0 ? dayFirst : MonthDayYear(text, start, run);
        }
        return default;
    }

    // 1985-03-14, 1985/3/14
    private static DateMatch YearFirst(ReadOnlySpan<char> text, int start)
    {
        var pos = start + 4;
        if (!IsYear(Value(text, start, 4), 4) || pos + 3 >= text.Length || text[pos] is not ('-' or '/' or '.'))
        {
            return default;
        }
        var sep = text[pos];
        var monthRun = Chars.DigitRun(text, pos + 1);
        var dayAt = pos + 2 + monthRun;
        if (monthRun is not (1 or 2) || dayAt >= text.Length || text[dayAt - 1] != sep)
        {
            return default;
        }
        var dayRun = Chars.DigitRun(text, dayAt);
        return dayRun is 1 or 2 && IsMonth(Value(text, pos + 1, monthRun)) && IsDay(Value(text, dayAt, dayRun))
            ? new DateMatch(start, dayAt + dayRun)
            : default;
    }

    // 03/14/1985, 14.03.1985, 3-14-85
    private static DateMatch Numeric(ReadOnlySpan<char> text, int start, int run)
    {
        var pos = start + run;
        if (pos + 3 >= text.Length || text[pos] is not ('-' or '/' or '.'))
        {
            return default;
        }
        var sep = text[pos];
        var secondRun = Chars.DigitRun(text, pos + 1);
        var yearAt = pos + 2 + secondRun;
        if (secondRun is not (1 or 2) || yearAt >= text.Length || text[yearAt - 1] != sep)
        {
            return default;
        }
        var yearRun = Chars.DigitRun(text, yearAt);
        var first = Value(text, start, run);
        var second = Value(text, pos + 1, secondRun);
        var plausible = (IsMonth(first) && IsDay(second)) || (IsDay(first) && IsMonth(second));
        // A two-digit year only with '/' or '-': "1.2.34" is a version, not a date.
        var yearOk = IsYear(Value(text, yearAt, yearRun), yearRun) && (yearRun == 4 || sep != '.');
        return plausible && yearOk ? new DateMatch(start, yearAt + yearRun) : default;
    }

    // 14 March 1985, 14 Mar. 1985, 3rd of March 1985
    private static DateMatch DayMonthYear(ReadOnlySpan<char> text, int start, int run)
    {
        var pos = OrdinalEnd(text, start + run);
        if (pos + 1 >= text.Length || text[pos] != ' ' || !IsDay(Value(text, start, run)))
        {
            return default;
        }
        if (pos + 4 < text.Length && text.Slice(pos + 1, 3).Equals("of ", StringComparison.OrdinalIgnoreCase))
        {
            pos += 3;
        }
        var wordEnd = WordEnd(text, pos + 1);
        if (MonthNames.Parse(text[(pos + 1)..wordEnd]) == 0)
        {
            return default;
        }
        var yearEnd = YearAfter(text, wordEnd);
        return yearEnd > 0 ? new DateMatch(start, yearEnd) : default;
    }

    // March 14, 1985; Mar 14 1985; March 3rd, 1985
    private static DateMatch MonthDayYear(ReadOnlySpan<char> text, int start, int run)
    {
        var wordEnd = start - 1;
        if (wordEnd < 3 || text[wordEnd] != ' ' || !IsDay(Value(text, start, run)))
        {
            return default;
        }
        if (text[wordEnd - 1] == '.')
        {
            wordEnd--;
        }
        var wordStart = wordEnd;
        while (wordStart > 0 && Chars.IsAsciiLetter(text[wordStart - 1]) && wordEnd - wordStart < 9)
        {
            wordStart--;
        }
        if (!Chars.IsWordStart(text, wordStart) || MonthNames.Parse(text[wordStart..wordEnd]) == 0)
        {
            return default;
        }
        var yearEnd = YearAfter(text, OrdinalEnd(text, start + run));
        return yearEnd > 0 ? new DateMatch(wordStart, yearEnd) : default;
    }

    /// <summary>End of a four-digit year after an optional '.' or ',' and a space (a comma may stand alone), or -1.</summary>
    private static int YearAfter(ReadOnlySpan<char> text, int pos)
    {
        var punctuated = pos < text.Length && text[pos] is '.' or ',';
        if (punctuated)
        {
            pos++;
        }
        if (pos < text.Length && text[pos] == ' ')
        {
            pos++;
        }
        else if (!punctuated || text[pos - 1] != ',')
        {
            return -1;
        }
        if (pos + 4 > text.Length || Chars.DigitRun(text, pos) != 4 || !IsYear(Value(text, pos, 4), 4))
        {
            return -1;
        }
        return pos + 4;
    }

    /// <summary>Past an ordinal suffix ("st", "nd", "rd", "th") at <paramref name="pos"/>, or <paramref name="pos"/>.</summary>
    private static int OrdinalEnd(ReadOnlySpan<char> text, int pos)
    {
        if (pos + 2 > text.Length || (pos + 2 < text.Length && Chars.IsAsciiLetter(text[pos + 2])))
        {
            return pos;
        }
        var suffix = text.Slice(pos, 2);
        return suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)
            ? pos + 2
            : pos;
    }

    private static int WordEnd(ReadOnlySpan<char> text, int pos)
    {
        var end = pos;
        while (end < text.Length && Chars.IsAsciiLetter(text[end]) && end - pos < 10)
        {
            end++;
        }
        return end;
    }

    private static int Value(ReadOnlySpan<char> text, int start, int length)
    {
        var value = 0;
        for (var k = 0; k < length; k++)
        {
            value = (value * 10) + (text[start + k] - '0');
        }
        return value;
    }

    private static bool IsMonth(int value) => value is >= 1 and <= 12;

    private static bool IsDay(int value) => value is >= 1 and <= 31;

    private static bool IsYear(int value, int digits) => digits == 2 || (digits == 4 && value is >= 1900 and <= 2099);
}
