using StreamFilter.Core.Detection.Validation.NationalIds;

namespace StreamFilter.Core.Detection.Detectors.NationalIds;

/// <summary>
/// UK NHS numbers: ten digits, bare or 3-3-4 with spaces or dashes, mod-11 checked. One ten-digit
/// number in eleven passes and 3-3-4 is how US phone numbers are written, so only next to a context word.
/// </summary>
public sealed class UkNhsNumberDetector() : NationalIdDetector("uk_nhs",
    ["nhs", "national health service", "health service number", "health and care number", "nhs no"], EntityType.UkNhs)
{
    public override bool RequiresContext => true;

    public override ulong RunLengths { get; } = LengthBit(3) | LengthBit(10);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        if (!DigitGroups.IsNumberStart(text, start))
        {
            return;
        }
        Span<char> digits = stackalloc char[DigitGroups.MaxDigits];
        var groups = DigitGroups.Read(text, start, digits);
        if ((groups.Is([10]) || (groups.Is([3, 3, 4]) && groups.SeparatedBy() && groups.SeparatorBefore(1) is ' ' or '-'))
            && DigitGroups.IsNumberEnd(text, groups.End) && UkNhsNumber.IsValid(digits[..10]))
        {
            findings.Add(EntityType.UkNhs, start, groups.End, WeakScore);
        }
    }
}
