using StreamFilter.Core.Detection.Validation.NationalIds;

namespace StreamFilter.Core.Detection.Detectors.NationalIds;

/// <summary>
/// Dutch BSN (burgerservicenummer): nine digits, bare, 3-3-3 or 4-2-3 ("1112.22.333"), passing the
/// elfproef. One nine-digit number in eleven passes, so only next to a context word.
/// </summary>
public sealed class DutchBsnDetector() : NationalIdDetector("nl_bsn",
    ["bsn", "burgerservicenummer", "burgerservice", "sofinummer", "sofi-nummer", "sofi nummer", "citizen service number", "persoonsnummer"],
    EntityType.NlBsn)
{
    public override bool RequiresContext => true;

    public override ulong RunLengths { get; } = LengthBit(3) | LengthBit(4) | LengthBit(9);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        if (!DigitGroups.IsNumberStart(text, start))
        {
            return;
        }
        Span<char> digits = stackalloc char[DigitGroups.MaxDigits];
        var groups = DigitGroups.Read(text, start, digits);
        var shape = groups.Is([9]) || ((groups.Is([3, 3, 3]) || groups.Is([4, 2, 3])) && groups.SeparatedBy() && groups.SeparatorBefore(1) is ' ' or '-' or '.');
        if (shape && DigitGroups.IsNumberEnd(text, groups.End) && DutchBsn.IsValid(digits[..9]))
        {
            findings.Add(EntityType.NlBsn, start, groups.End, WeakScore);
        }
    }
}
