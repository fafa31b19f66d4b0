using StreamFilter.Core.Detection.Validation.NationalIds;

namespace StreamFilter.Core.Detection.Detectors.NationalIds;

/// <summary>
/// Australian Tax File Numbers: eight or nine digits, bare or 3-3-3 / 3-3-2 with spaces or dashes, with
/// the TFN's weighted mod-11 check. One number in eleven passes, so only next to a context word.
/// </summary>
public sealed class AustralianTfnDetector() : NationalIdDetector("au_tfn", ["tfn", "tax file"], EntityType.AuTfn)
{
    public override bool RequiresContext => true;

    public override ulong RunLengths { get; } = LengthBit(3) | LengthBit(8) | LengthBit(9);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        if (!DigitGroups.IsNumberStart(text, start))
        {
            return;
        }
        Span<char> digits = stackalloc char[DigitGroups.MaxDigits];
        var groups = DigitGroups.Read(text, start, digits);
        var shape = groups.Is([9]) || groups.Is([8])
            || ((groups.Is([3, 3, 3]) || groups.Is([3, 3, 2])) && groups.SeparatedBy() && groups.SeparatorBefore(1) is ' ' or '-');
        if (shape && DigitGroups.IsNumberEnd(text, groups.End) && AustralianTfn.IsValid(digits[..groups.DigitCount]))
        {
            findings.Add(EntityType.AuTfn, start, groups.End, WeakScore);
        }
    }
}
