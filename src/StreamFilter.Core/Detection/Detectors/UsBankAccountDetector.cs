using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// US bank account numbers: 8-17 digits in a row. There is no checksum or format, so candidates are
/// weak and only reported next to a context word ("account", "acct", "checking", "savings").
/// </summary>
public sealed class UsBankAccountDetector : DigitRunDetector
{
    internal const float Score = 0.2f;

    private static readonly IReadOnlyList<string> Types = [EntityType.UsBankNumber];

    private static readonly EntityScoring Scoring = new(0.5f, new ContextWords(
        ["account", "acct", "acct#", "a/c", "checking", "savings", "bank", "deposit", "beneficiary"]));

    public override string Id => "us_bank_account";

    public override bool RequiresContext => true;

    public override IReadOnlyList<string> EntityTypes => Types;

    public override EntityScoring DefaultScoring(string entityType) => Scoring;

    /// <summary>8-17 digits.</summary>
    public override ulong RunLengths { get; } = LengthRange(8, 17);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        var end = start + run;
        if (run is >= 8 and <= 17 && Chars.IsNumberStart(text, start) && Chars.IsNumberEnd(text, end))
        {
            findings.Add(EntityType.UsBankNumber, start, end, Score);
        }
    }
}
