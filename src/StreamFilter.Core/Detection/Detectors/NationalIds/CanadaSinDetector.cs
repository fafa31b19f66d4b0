using StreamFilter.Core.Detection.Validation.NationalIds;

namespace StreamFilter.Core.Detection.Detectors.NationalIds;

/// <summary>
/// Canadian Social Insurance Numbers: nine digits, bare or 3-3-3 with spaces or dashes, Luhn-checked.
/// One nine-digit number in ten passes Luhn (and Spanish phones are written 3-3-3), so only next to a
/// context word, in English or French.
/// </summary>
public sealed class CanadaSinDetector() : NationalIdDetector("ca_sin",
    // Context words only match at word starts, not at word ends: a bare "sin" would open the gate at every
    // "since" and "single", so the abbreviation is only taken with what follows it.
    ["sin:", "sin#", "sin no", "sin number", "sin is", "social insurance", "insurance number", "assurance sociale",
     "numéro d'assurance sociale", "nas:", "nas no", "mon nas"], EntityType.CaSin)
{
    public override bool RequiresContext => true;

    public override ulong RunLengths { get; } = LengthBit(3) | LengthBit(9);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        if (!DigitGroups.IsNumberStart(text, start))
        {
            return;
        }
        Span<char> digits = stackalloc char[DigitGroups.MaxDigits];
        var groups = DigitGroups.Read(text, start, digits);
        if ((groups.Is([9]) || (groups.Is([3, 3, 3]) && groups.SeparatedBy() && groups.SeparatorBefore(1) is ' ' or '-'))
            && DigitGroups.IsNumberEnd(text, groups.End) && CanadaSin.IsValid(digits[..9]))
        {
            findings.Add(EntityType.CaSin, start, groups.End, WeakScore);
        }
    }
}
