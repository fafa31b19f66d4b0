using StreamFilter.Core.Detection.Validation.NationalIds;

namespace StreamFilter.Core.Detection.Detectors.NationalIds;

/// <summary>
/// Germany's Steuer-ID (steuerliche Identifikationsnummer): eleven digits, bare or 2-3-3-3 as the
/// Bundeszentralamt prints it, with the digit-repetition rule and ISO 7064 MOD 11,10. About one
/// eleven-digit number in fifty passes, so only next to a context word.
/// </summary>
public sealed class GermanTaxIdDetector() : NationalIdDetector("de_tax_id",
    ["steuer", "steuer-id", "steuerid", "steueridentifikationsnummer", "identifikationsnummer", "idnr", "id-nr", "tax id",
     "tax identification"], EntityType.DeTaxId)
{
    public override bool RequiresContext => true;

    public override ulong RunLengths { get; } = LengthBit(2) | LengthBit(10) | LengthBit(11);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        if (!DigitGroups.IsNumberStart(text, start))
        {
            return;
        }
        Span<char> digits = stackalloc char[DigitGroups.MaxDigits];
        var groups = DigitGroups.Read(text, start, digits);
        var shape = groups.Is([11]) || ((groups.Is([2, 3, 3, 3]) || groups.Is([10, 1])) && groups.SeparatedBy(' '));
        if (shape && DigitGroups.IsNumberEnd(text, groups.End) && GermanTaxId.IsValid(digits[..11]))
        {
            findings.Add(EntityType.DeTaxId, start, groups.End, WeakScore);
        }
    }
}
