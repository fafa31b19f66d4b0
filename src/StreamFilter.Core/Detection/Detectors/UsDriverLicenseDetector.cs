using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// US driver's licence numbers in the shapes most states use: one or two letters followed by 4-14
/// digits (California A1234567, Florida A123456789012, Illinois A12345678901) or 6-13 digits alone
/// (New York, Texas, Pennsylvania). So many ordinary numbers share these shapes that a candidate is
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

    /// <summary>4-14 digits after letters, 6-13 alone.</summary>
    public override ulong RunLengths { get; } = LengthRange(4, 14);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        var end = start + run;
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
