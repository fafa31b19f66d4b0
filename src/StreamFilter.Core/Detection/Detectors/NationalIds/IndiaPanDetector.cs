using StreamFilter.Core.Detection.Text;
using StreamFilter.Core.Detection.Validation.NationalIds;

namespace StreamFilter.Core.Detection.Detectors.NationalIds;

/// <summary>
/// Indian PAN (Permanent Account Number): five letters, four digits, a letter (ABCPE1234F), the fourth
/// letter naming the holder type. There is no check digit: a person's PAN (fourth letter P) in capitals
/// is reported alone, other holders' and lower-case ones only next to a context word.
/// </summary>
public sealed class IndiaPanDetector() : NationalIdDetector("in_pan",
    ["pan", "pan card", "pan number", "pan no", "permanent account", "income tax", "आयकर"], EntityType.InPan)
{
    public override ulong RunLengths { get; } = LengthBit(4);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        // Four-digit runs (years, ports, times) are common; a PAN's follow a letter.
        if (run != 4 || start < 5 || !Chars.IsAsciiLetter(text[start - 1]))
        {
            return;
        }
        var from = start - 5;
        if (from < 0 || start + 5 > text.Length || !Chars.IsTokenStart(text, from) || !Chars.IsTokenEnd(text, start + 5))
        {
            return;
        }
        Span<char> pan = stackalloc char[10];
        var token = text.Slice(from, 10);
        var upper = true;
        for (var i = 0; i < 10; i++)
        {
            upper &= !Chars.IsAsciiLetter(token[i]) || Chars.IsUpper(token[i]);
            pan[i] = char.ToUpperInvariant(token[i]);
        }
        if (IndiaPan.IsValid(pan))
        {
            findings.Add(EntityType.InPan, from, start + 5, upper && IndiaPan.IsPerson(pan) ? Score : WeakScore);
        }
    }
}
