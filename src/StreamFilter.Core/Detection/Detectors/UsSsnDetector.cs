using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// US Social Security numbers: 3-2-4 digits with one consistent separator ('-', ' ', '.', '/'; en dashes and other dash variants reach it as '-' through the normalised view), or nine
/// digits in a row. Rejected by SSA rules: area 000, 666 or 900-999, group 00, serial 0000, and the
/// numbers published in advertising or made famous by misuse. A delimited number is a medium match;
/// a bare nine-digit run is weak and needs a context word ("ssn", "social security").
/// </summary>
public sealed class UsSsnDetector : DigitRunDetector
{
    internal const float DelimitedScore = 0.6f;
    internal const float BareScore = 0.2f;

    private static readonly IReadOnlyList<string> Types = [EntityType.UsSsn];

    private static readonly EntityScoring Scoring = new(0.5f, new ContextWords(
        ["ssn", "ssns", "ss#", "ssid", "social security", "social sec", "social", "soc sec", "taxpayer"]));

    public override string Id => "us_ssn";

    public override IReadOnlyList<string> EntityTypes => Types;

    public override EntityScoring DefaultScoring(string entityType) => Scoring;

    /// <summary>3-2-4 groups or nine digits in a row.</summary>
    public override ulong RunLengths { get; } = LengthBit(3) | LengthBit(9);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int length, FindingList findings)
    {
        if (Chars.IsNumberStart(text, start))
        {
            TryMatch(text, start, length, findings);
        }
    }

    private static void TryMatch(ReadOnlySpan<char> text, int start, int firstRun, FindingList findings)
    {
        if (firstRun == 9)
        {
            var end = start + 9;
            if (Chars.IsNumberEnd(text, end) && IsValid(text.Slice(start, 3), text.Slice(start + 3, 2), text.Slice(start + 5, 4)))
            {
                findings.Add(EntityType.UsSsn, start, end, BareScore);
            }
            return;
        }
        // ddd?dd?dddd with the same separator twice.
        if (firstRun != 3 || start + 11 > text.Length)
        {
            return;
        }
        var sep = text[start + 3];
        if (sep is not ('-' or ' ' or '.' or '/') || text[start + 6] != sep
            || Chars.DigitRun(text, start + 4) != 2 || Chars.DigitRun(text, start + 7) != 4)
        {
            return;
        }
        var stop = start + 11;
        if (Chars.IsNumberEnd(text, stop) && IsValid(text.Slice(start, 3), text.Slice(start + 4, 2), text.Slice(start + 7, 4)))
        {
            findings.Add(EntityType.UsSsn, start, stop, DelimitedScore);
        }
    }

    internal static bool IsValid(ReadOnlySpan<char> area, ReadOnlySpan<char> group, ReadOnlySpan<char> serial)
    {
        if (area is "000" or "666" || area[0] == '9' || group is "00" || serial is "0000")
        {
            return false;
        }
        // Numbers printed on sample cards and in advertising, used by thousands of people.
        if ((area is "078" && group is "05" && serial is "1120")
            || (area is "219" && group is "09" && serial is "9999")
            || (area is "123" && group is "45" && serial is "6789")
            || (area is "457" && group is "55" && serial is "5462"))
        {
            return false;
        }
        // Every digit the same (111-11-1111) is never issued.
        var c = area[0];
        return !(area.IndexOfAnyExcept(c) < 0 && group.IndexOfAnyExcept(c) < 0 && serial.IndexOfAnyExcept(c) < 0);
    }
}
