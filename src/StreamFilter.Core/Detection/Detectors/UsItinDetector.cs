using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// US Individual Taxpayer Identification Numbers: 9XX-GG-XXXX where the group GG is one the IRS
/// issues (50-65, 70-88, 90-92, 94-99), written 3-2-4 with one consistent '-', ' ' or '.', or as nine
/// digits in a row. The delimited form is a medium match; the bare form needs a context word.
/// </summary>
public sealed class UsItinDetector : DigitRunDetector
{
    internal const float DelimitedScore = 0.6f;
    internal const float BareScore = 0.3f;

    private static readonly IReadOnlyList<string> Types = [EntityType.UsItin];

    private static readonly EntityScoring Scoring = new(0.5f, new ContextWords(
        ["itin", "individual taxpayer", "taxpayer", "tax id", "tax identification", "tin"]));

    public override string Id => "us_itin";

    public override IReadOnlyList<string> EntityTypes => Types;

    public override EntityScoring DefaultScoring(string entityType) => Scoring;

    /// <summary>3-2-4 groups or nine digits in a row.</summary>
    public override ulong RunLengths { get; } = LengthBit(3) | LengthBit(9);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        // ITINs start with 9.
        if (text[start] == '9' && Chars.IsNumberStart(text, start))
        {
            TryMatch(text, start, run, findings);
        }
    }

    private static void TryMatch(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        if (run == 9)
        {
            if (Chars.IsNumberEnd(text, start + 9) && IsValidGroup(text[start + 3], text[start + 4]))
            {
                findings.Add(EntityType.UsItin, start, start + 9, BareScore);
            }
            return;
        }
        if (run != 3 || start + 11 > text.Length)
        {
            return;
        }
        var sep = text[start + 3];
        if (sep is not ('-' or ' ' or '.') || text[start + 6] != sep
            || Chars.DigitRun(text, start + 4) != 2 || Chars.DigitRun(text, start + 7) != 4)
        {
            return;
        }
        if (Chars.IsNumberEnd(text, start + 11) && IsValidGroup(text[start + 4], text[start + 5]))
        {
            findings.Add(EntityType.UsItin, start, start + 11, DelimitedScore);
        }
    }

    /// <summary>The fourth and fifth digits, which the IRS reserves for ITINs.</summary>
    internal static bool IsValidGroup(char tens, char units)
    {
        var group = ((tens - '0') * 10) + (units - '0');
        return group is (>= 50 and <= 65) or (>= 70 and <= 88) or (>= 90 and <= 92) or (>= 94 and <= 99);
    }
}
