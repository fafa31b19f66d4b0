using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// US passport numbers: nine digits, or (next-generation books) one letter and eight digits. Neither
/// shape says "passport" by itself, so candidates are weak and only reported next to a context word.
/// </summary>
public sealed class UsPassportDetector : DigitRunDetector
{
    internal const float Score = 0.2f;

    private static readonly IReadOnlyList<string> Types = [EntityType.UsPassport];

    private static readonly EntityScoring Scoring = new(0.5f, new ContextWords(
        ["passport", "passport#", "passport no", "travel document", "passport number"]));

    public override string Id => "us_passport";

    public override bool RequiresContext => true;

    public override IReadOnlyList<string> EntityTypes => Types;

    public override EntityScoring DefaultScoring(string entityType) => Scoring;

    /// <summary>Nine digits, or eight after a letter.</summary>
    public override ulong RunLengths { get; } = LengthBit(8) | LengthBit(9);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        var end = start + run;
        if (!Chars.IsNumberEnd(text, end))
        {
            return;
        }
        if (run == 9 && Chars.IsNumberStart(text, start))
        {
            findings.Add(EntityType.UsPassport, start, end, Score);
        }
        else if (run == 8 && start >= 1 && Chars.IsAsciiLetter(text[start - 1]) && Chars.IsTokenStart(text, start - 1))
        {
            findings.Add(EntityType.UsPassport, start - 1, end, Score);
        }
    }
}
