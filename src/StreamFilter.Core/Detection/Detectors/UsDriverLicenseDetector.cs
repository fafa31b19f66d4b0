using StreamFilter.Core.Detection.Detectors.NationalIds;
using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// US driver's licence numbers in the shapes most states use: one or two letters followed by 4-14
/// digits (California A1234567, Florida A123456789012, Illinois A12345678901) or 6-13 digits alone
/// (New York, Texas, Pennsylvania), run together or in the states' printed groups (D123-4567-8901). So many ordinary numbers share these shapes that a candidate is
/// only reported next to a context word.
/// </summary>
public sealed class UsDriverLicenseDetector : DigitRunDetector
{
    internal const float Score = 0.2f;

    private static readonly IReadOnlyList<string> Types = [EntityType.UsDriverLicense];

    private static readonly EntityScoring Scoring = new(0.5f, new ContextWords(
        ["driver", "drivers", "driver's", "driving", "license", "licence", "dl", "dl#", "dln", "dmv"]));

    public override string Id => "us_driver_license";

    public override bool RequiresContext => true;

    public override IReadOnlyList<string> EntityTypes => Types;

    public override EntityScoring DefaultScoring(string entityType) => Scoring;

    /// <summary>4-14 digits after letters, 6-13 alone; the first group of a grouped number may be shorter.</summary>
    public override ulong RunLengths { get; } = LengthRange(1, 14);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        var end = start + run;
        if (end + 1 < text.Length && text[end] is '-' or ' ' && Chars.IsDigit(text[end + 1]))
        {
            MatchGrouped(text, start, findings);
            return;
        }
        if (!Chars.IsNumberEnd(text, end) || !Chars.IsWordEnd(text, end))
        {
            return;
        }
        var letters = LeadingLetters(text, start);
        if (letters is 1 or 2 && run is >= 4 and <= 14 && Chars.IsTokenStart(text, start - letters))
        {
            findings.Add(EntityType.UsDriverLicense, start - letters, end, Score);
        }
        else if (letters == 0 && run is >= 6 and <= 13 && Chars.IsNumberStart(text, start))
        {
            findings.Add(EntityType.UsDriverLicense, start, end, Score);
        }
    }

    /// <summary>
    /// The grouped state formats: Illinois and Florida "D123-4567-8901", Wisconsin "D123-4567-8901-23",
    /// Maryland "D-123-456-789-012", New Jersey "D1234 56789 01234", and digits alone in groups
    /// ("123 456 789", "2270-66-1551"): one separator throughout, 7-14 digits with a letter prefix,
    /// 8-13 without (seven are a local phone number: "358 0594").
    /// </summary>
    private static void MatchGrouped(ReadOnlySpan<char> text, int start, FindingList findings)
    {
        // Only from the first group: a later one is preceded by a digit and a separator.
        if (start >= 2 && text[start - 1] is '-' or ' ' && Chars.IsDigit(text[start - 2]))
        {
            return;
        }
        Span<char> digits = stackalloc char[DigitGroups.MaxDigits];
        var groups = DigitGroups.Read(text, start, digits);
        if (groups.TooLong || groups.GroupCount < 2 || !groups.SeparatedBy() || groups.SeparatorBefore(1) is not ('-' or ' ')
            || !DigitGroups.IsNumberEnd(text, groups.End) || !Chars.IsWordEnd(text, groups.End) || IsDate(groups))
        {
            return;
        }
        // "D-123-...": the letter prefix may be joined by the same dash.
        var prefixEnd = start >= 2 && text[start - 1] == '-' && groups.SeparatorBefore(1) == '-' && Chars.IsUpper(text[start - 2]) ? start - 1 : start;
        var letters = LeadingLetters(text, prefixEnd);
        if (letters is 1 or 2 && groups.DigitCount is >= 7 and <= 14 && Chars.IsTokenStart(text, prefixEnd - letters))
        {
            findings.Add(EntityType.UsDriverLicense, prefixEnd - letters, groups.End, Score);
        }
        else if (letters == 0 && prefixEnd == start && groups.DigitCount is >= 8 and <= 13 && Chars.IsNumberStart(text, start))
        {
            findings.Add(EntityType.UsDriverLicense, start, groups.End, Score);
        }
    }

    /// <summary>2024-06-01 and 06-01-2024: three groups, a four-digit one beside two short ones.</summary>
    private static bool IsDate(in DigitGroups groups) =>
        groups.GroupCount == 3 && ((groups.Length(0) == 4 && groups.Length(1) <= 2 && groups.Length(2) <= 2)
            || (groups.Length(0) <= 2 && groups.Length(1) <= 2 && groups.Length(2) == 4));

    /// <summary>Upper-case letters directly before the digits (3 means "too many to be a prefix").</summary>
    private static int LeadingLetters(ReadOnlySpan<char> text, int start)
    {
        var n = 0;
        while (n < 3 && start - n > 0 && Chars.IsUpper(text[start - n - 1]))
        {
            n++;
        }
        return n == 3 || (start - n > 0 && char.IsLetter(text[start - n - 1])) ? 3 : n;
    }
}
