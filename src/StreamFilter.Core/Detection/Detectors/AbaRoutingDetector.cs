using StreamFilter.Core.Detection.Text;
using StreamFilter.Core.Detection.Validation;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// ABA routing transit numbers: nine digits (or 4-4-1 with dashes, as printed on some cheques) with a
/// Federal Reserve prefix and a valid 3-7-1 checksum. One random nine-digit number in about twenty
/// passes both, so the bare form is weak and needs "routing", "ABA" or "RTN" nearby; the dashed form
/// is distinctive enough on its own.
/// </summary>
public sealed class AbaRoutingDetector : DigitRunDetector
{
    internal const float BareScore = 0.3f;
    internal const float DashedScore = 0.5f;

    private static readonly IReadOnlyList<string> Types = [EntityType.AbaRouting];

    private static readonly EntityScoring Scoring = new(0.5f, new ContextWords(
        ["routing", "aba", "rtn", "transit number", "abartn", "aba#", "wire"]));

    public override string Id => "aba_routing";

    public override IReadOnlyList<string> EntityTypes => Types;

    public override EntityScoring DefaultScoring(string entityType) => Scoring;

    /// <summary>Nine digits, or the 4-4-1 cheque form.</summary>
    public override ulong RunLengths { get; } = LengthBit(4) | LengthBit(9);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        if (!Chars.IsNumberStart(text, start))
        {
            return;
        }
        if (run == 9 && Chars.IsNumberEnd(text, start + 9) && AbaChecksum.IsValid(text.Slice(start, 9)))
        {
            findings.Add(EntityType.AbaRouting, start, start + 9, BareScore);
        }
        else if (run == 4 && IsDashed(text, start) && Chars.IsNumberEnd(text, start + 11))
        {
            Span<char> digits = stackalloc char[9];
            text.Slice(start, 4).CopyTo(digits);
            text.Slice(start + 5, 4).CopyTo(digits[4..]);
            digits[8] = text[start + 10];
            if (AbaChecksum.IsValid(digits))
            {
                findings.Add(EntityType.AbaRouting, start, start + 11, DashedScore);
            }
        }
    }

    private static bool IsDashed(ReadOnlySpan<char> text, int start) =>
        start + 11 <= text.Length && text[start + 4] == '-' && Chars.DigitRun(text, start + 5) == 4
        && text[start + 9] == '-' && Chars.DigitRun(text, start + 10) == 1;
}
