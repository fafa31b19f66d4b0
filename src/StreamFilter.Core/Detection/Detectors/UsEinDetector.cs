using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// US Employer Identification Numbers: XX-XXXXXXX whose two-digit prefix is one the IRS assigns to a
/// campus or to online applications. The hyphenated form is a medium match on its own; nine bare
/// digits are only reported next to a context word ("EIN", "employer identification", "FEIN").
/// </summary>
public sealed class UsEinDetector : DigitRunDetector
{
    internal const float HyphenatedScore = 0.5f;
    internal const float BareScore = 0.15f;

    private static readonly IReadOnlyList<string> Types = [EntityType.UsEin];

    private static readonly EntityScoring Scoring = new(0.5f, new ContextWords(
        ["ein", "fein", "employer identification", "employer id", "federal tax id", "tax id", "federal id", "tin"]));

    public override string Id => "us_ein";

    public override IReadOnlyList<string> EntityTypes => Types;

    public override EntityScoring DefaultScoring(string entityType) => Scoring;

    /// <summary>XX-XXXXXXX or nine digits in a row.</summary>
    public override ulong RunLengths { get; } = LengthBit(2) | LengthBit(9);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        if (Chars.IsNumberStart(text, start))
        {
            TryMatch(text, start, run, findings);
        }
    }

    private static void TryMatch(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        if (run == 9)
        {
            if (Chars.IsNumberEnd(text, start + 9) && IsAssignedPrefix(text[start], text[start + 1]))
            {
                findings.Add(EntityType.UsEin, start, start + 9, BareScore);
            }
            return;
        }
        if (run == 2 && start + 10 <= text.Length && text[start + 2] == '-' && Chars.DigitRun(text, start + 3) == 7
            && Chars.IsNumberEnd(text, start + 10) && IsAssignedPrefix(text[start], text[start + 1]))
        {
            findings.Add(EntityType.UsEin, start, start + 10, HyphenatedScore);
        }
    }

    /// <summary>Prefixes never assigned: 00, 07-09, 17-19, 28-29, 49, 69-70, 78-79, 89, 96-97.</summary>
    internal static bool IsAssignedPrefix(char tens, char units)
    {
        var prefix = ((tens - '0') * 10) + (units - '0');
        return prefix is not (0 or 7 or 8 or 9 or 17 or 18 or 19 or 28 or 29 or 49 or 69 or 70 or 78 or 79 or 89 or 96 or 97);
    }
}
