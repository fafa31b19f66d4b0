using StreamFilter.Core.Detection.Text;
using StreamFilter.Core.Detection.Validation;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// DEA registration numbers: a registrant-type letter, the registrant's initial (or '9'), and seven
/// digits with the DEA check digit. Anchored on the digit run, then the two leading characters are checked.
/// A checksum-valid number scores above the context-only licence and record-number candidates of the
/// same shape, so overlap resolution labels it a DEA number.
/// </summary>
public sealed class DeaNumberDetector : DigitRunDetector
{
    internal const float Score = 0.6f;

    private static readonly IReadOnlyList<string> Types = [EntityType.Dea];

    private static readonly EntityScoring Scoring = new(0.5f, new ContextWords(
        ["dea", "dea#", "registration", "prescriber", "controlled substance", "certificate", "license", "licence"]));

    public override string Id => "dea_number";

    public override IReadOnlyList<string> EntityTypes => Types;

    public override EntityScoring DefaultScoring(string entityType) => Scoring;

    /// <summary>Seven digits after two letters, eight after one.</summary>
    public override ulong RunLengths { get; } = LengthBit(7) | LengthBit(8);

    public override void MatchRun(ReadOnlySpan<char> text, int digit, int run, FindingList findings)
    {
        var end = digit + run;
        // "AB1234563" has two letters before seven digits; "A91234563" has one letter before eight.
        var start = run == 7 ? digit - 2 : run == 8 && text[digit] == '9' ? digit - 1 : -1;
        if (start >= 0 && IsPrefix(text, start) && Chars.IsTokenStart(text, start) && Chars.IsTokenEnd(text, end)
            && DeaChecksum.IsValid(text[(end - 7)..end]))
        {
            findings.Add(EntityType.Dea, start, end, Score);
        }
    }

    private static bool IsPrefix(ReadOnlySpan<char> text, int start) =>
        DeaChecksum.IsRegistrantType(text[start]) && (Chars.IsUpper(text[start + 1]) || text[start + 1] == '9');
}
