using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors.NationalIds;

/// <summary>
/// A number written as digit groups ("130 692 544", "12.345.678", "390.533.447-05"), read from its
/// first digit: the groups, the separator before each, and the digits gathered without separators
/// so a checksum can run over them. Groups are joined by exactly one of ' ', '-', '.', '/'; the read
/// is maximal, so a layout check on the result also rejects a number that goes on.
/// </summary>
internal ref struct DigitGroups
{
    public const int MaxDigits = 20;
    public const int MaxGroups = 8;

    private ulong _lengths;
    private ulong _separators;

    /// <summary>Exclusive end of the last group.</summary>
    public int End { get; private set; }

    public int GroupCount { get; private set; }

    /// <summary>How many digits were read (at most <see cref="MaxDigits"/>; more makes <see cref="TooLong"/> true).</summary>
    public int DigitCount { get; private set; }

    /// <summary>True when the number has more digits or groups than any national id here.</summary>
    public bool TooLong { get; private set; }

    /// <summary>Reads the groups starting at <paramref name="start"/> into <paramref name="digits"/> (at least <see cref="MaxDigits"/> long).</summary>
    public static DigitGroups Read(ReadOnlySpan<char> text, int start, Span<char> digits)
    {
        var groups = new DigitGroups();
        var p = start;
        var separator = '\0';
        while (true)
        {
            var run = Chars.DigitRun(text, p);
            if (groups.DigitCount + run > MaxDigits || groups.GroupCount == MaxGroups)
            {
                groups.TooLong = true;
                return groups;
            }
            text.Slice(p, run).CopyTo(digits[groups.DigitCount..]);
            groups.DigitCount += run;
            groups._lengths |= (ulong)run << (groups.GroupCount * 6);
            groups._separators |= (ulong)(byte)separator << (groups.GroupCount * 8);
            groups.GroupCount++;
            p += run;
            groups.End = p;
            if (p + 1 >= text.Length || text[p] is not (' ' or '-' or '.' or '/') || !Chars.IsDigit(text[p + 1]))
            {
                return groups;
            }
            separator = text[p];
            p++;
        }
    }

    /// <summary>The length of group <paramref name="i"/>.</summary>
    public readonly int Length(int i) => (int)((_lengths >> (i * 6)) & 63);

    /// <summary>The separator before group <paramref name="i"/> ('\0' before the first).</summary>
    public readonly char SeparatorBefore(int i) => (char)((_separators >> (i * 8)) & 0xFF);

    /// <summary>True when the groups have exactly the lengths <paramref name="layout"/>.</summary>
    public readonly bool Is(ReadOnlySpan<int> layout)
    {
        if (TooLong || layout.Length != GroupCount)
        {
            return false;
        }
        for (var i = 0; i < layout.Length; i++)
        {
            if (Length(i) != layout[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when every separator is <paramref name="separator"/> (any one of them when '\0').</summary>
    public readonly bool SeparatedBy(char separator = '\0')
    {
        var first = GroupCount > 1 ? SeparatorBefore(1) : separator;
        for (var i = 2; i < GroupCount; i++)
        {
            if (SeparatorBefore(i) != first)
            {
                return false;
            }
        }
        return separator == '\0' || first == separator;
    }

    /// <summary>
    /// Whether a number may start at <paramref name="start"/>: not inside a word, and not a later group
    /// of a number already under way ("2023 130 692 544" holds no 3-3-3 number at "130").
    /// </summary>
    public static bool IsNumberStart(ReadOnlySpan<char> text, int start) =>
        Chars.IsNumberStart(text, start) && !(start >= 2 && text[start - 1] == ' ' && Chars.IsDigit(text[start - 2]));

    /// <summary>Whether the number ending at <paramref name="end"/> stands alone (no letter, digit or joined group, spaced ones included, follows).</summary>
    public static bool IsNumberEnd(ReadOnlySpan<char> text, int end) =>
        Chars.IsNumberEnd(text, end) && !(end + 1 < text.Length && text[end] == ' ' && Chars.IsDigit(text[end + 1]));
}
