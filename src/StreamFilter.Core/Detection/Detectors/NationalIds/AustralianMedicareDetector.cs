using StreamFilter.Core.Detection.Validation.NationalIds;

namespace StreamFilter.Core.Detection.Detectors.NationalIds;

/// <summary>
/// Australian Medicare card numbers: ten digits (eleven with the holder's number), bare or 4-5-1 as
/// printed on the card, with the Medicare check digit. One in ten passes, so only next to "medicare".
/// </summary>
public sealed class AustralianMedicareDetector() : NationalIdDetector("au_medicare",
    ["medicare", "medicare card", "medicare number"], EntityType.AuMedicare)
{
    public override bool RequiresContext => true;

    public override ulong RunLengths { get; } = LengthBit(4) | LengthBit(10) | LengthBit(11);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        if (!DigitGroups.IsNumberStart(text, start))
        {
            return;
        }
        Span<char> digits = stackalloc char[DigitGroups.MaxDigits];
        var groups = DigitGroups.Read(text, start, digits);
        var shape = groups.Is([10]) || groups.Is([11])
            || ((groups.Is([4, 5, 1]) || groups.Is([4, 5, 1, 1])) && groups.SeparatedBy() && groups.SeparatorBefore(1) is ' ' or '-');
        if (shape && DigitGroups.IsNumberEnd(text, groups.End) && AustralianMedicare.IsValid(digits[..groups.DigitCount]))
        {
            findings.Add(EntityType.AuMedicare, start, groups.End, WeakScore);
        }
    }
}
