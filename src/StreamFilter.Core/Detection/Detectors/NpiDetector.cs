using StreamFilter.Core.Detection.Text;
using StreamFilter.Core.Detection.Validation;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// National Provider Identifiers: ten digits starting with 1 or 2, in a row or printed 4-3-3 with one
/// consistent '-' or ' ', valid under Luhn with the 80840 prefix. The checksum and prefix leave about
/// one ten-digit number in fifty, so a match is reported on its own. The context words ("NPI",
/// "provider") matter when a rules file raises the threshold above the base score.
/// </summary>
public sealed class NpiDetector : DigitRunDetector
{
    internal const float Score = 0.6f;

    private static readonly IReadOnlyList<string> Types = [EntityType.Npi];

    private static readonly EntityScoring Scoring = new(0.5f, new ContextWords(
        ["npi", "national provider", "provider", "prescriber", "physician", "clinician", "billing"]));

    public override string Id => "npi";

    public override IReadOnlyList<string> EntityTypes => Types;

    public override EntityScoring DefaultScoring(string entityType) => Scoring;

    /// <summary>Ten digits, or the 4-3-3 form.</summary>
    public override ulong RunLengths { get; } = LengthBit(4) | LengthBit(10);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        // NPIs start with 1 or 2.
        var end = text[start] is '1' or '2' && Chars.IsNumberStart(text, start) ? Match(text, start, run) : -1;
        if (end > 0)
        {
            findings.Add(EntityType.Npi, start, end, Score);
        }
    }

    private static int Match(ReadOnlySpan<char> text, int start, int run)
    {
        int end;
        if (run == 10)
        {
            end = start + 10;
        }
        else if (run == 4 && start + 12 <= text.Length && text[start + 4] is '-' or ' ' && text[start + 8] == text[start + 4]
            && Chars.DigitRun(text, start + 5) == 3 && Chars.DigitRun(text, start + 9) == 3)
        {
            end = start + 12;
        }
        else
        {
            return -1;
        }
        var candidate = text[start..end];
        return Chars.IsNumberEnd(text, end) && NpiChecksum.IsValid(candidate) && !IsOneRepeatedDigit(candidate) ? end : -1;
    }

    /// <summary>"1111111112"-style fillers pass Luhn by accident and are never issued.</summary>
    private static bool IsOneRepeatedDigit(ReadOnlySpan<char> candidate) => candidate[..^1].IndexOfAnyExcept(candidate[0]) < 0;
}
