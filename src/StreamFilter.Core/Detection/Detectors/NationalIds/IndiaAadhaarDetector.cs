using StreamFilter.Core.Detection.Validation.NationalIds;

namespace StreamFilter.Core.Detection.Detectors.NationalIds;

/// <summary>
/// Indian Aadhaar numbers: twelve digits, bare or 4-4-4 with spaces or dashes, Verhoeff-checked. One
/// twelve-digit number in ten passes, so only next to a context word. The words are Latin-script: a
/// context-gated detector's words are searched in every text, and a word starting with a non-ASCII
/// letter ("आधार") takes the slow whole-text search that measured about 1 µs per event.
/// </summary>
public sealed class IndiaAadhaarDetector() : NationalIdDetector("in_aadhaar",
    ["aadhaar", "aadhar", "adhaar", "adhar", "uidai", "unique identification"], EntityType.InAadhaar)
{
    public override bool RequiresContext => true;

    public override ulong RunLengths { get; } = LengthBit(4) | LengthBit(12);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        if (!DigitGroups.IsNumberStart(text, start))
        {
            return;
        }
        Span<char> digits = stackalloc char[DigitGroups.MaxDigits];
        var groups = DigitGroups.Read(text, start, digits);
        var shape = groups.Is([12]) || (groups.Is([4, 4, 4]) && groups.SeparatedBy() && groups.SeparatorBefore(1) is ' ' or '-');
        if (shape && DigitGroups.IsNumberEnd(text, groups.End) && IndiaAadhaar.IsValid(digits[..12]))
        {
            findings.Add(EntityType.InAadhaar, start, groups.End, WeakScore);
        }
    }
}
