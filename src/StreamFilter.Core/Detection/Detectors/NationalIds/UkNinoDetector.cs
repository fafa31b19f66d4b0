using StreamFilter.Core.Detection.Text;
using StreamFilter.Core.Detection.Validation.NationalIds;

namespace StreamFilter.Core.Detection.Detectors.NationalIds;

/// <summary>
/// UK National Insurance numbers: two prefix letters, six digits, a suffix A-D (AB123456C,
/// AB 12 34 56 C, AB 123456 C). No check digit, but HMRC's letter rules reject most look-alikes and
/// the shape is rare elsewhere, so one is reported alone. Letters in one case, upper or lower.
/// </summary>
public sealed class UkNinoDetector() : NationalIdDetector("uk_nino",
    ["nino", "national insurance", "ni number", "ni no", "insurance number", "n.i. number"], EntityType.UkNino)
{
    public override ulong RunLengths { get; } = LengthBit(2) | LengthBit(6);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        if (run is not (2 or 6))
        {
            return;
        }
        var prefixEnd = start >= 1 && text[start - 1] == ' ' ? start - 1 : start;
        var from = prefixEnd - 2;
        if (from < 0 || !Chars.IsAsciiLetter(text[from]) || !Chars.IsAsciiLetter(text[from + 1]) || !Chars.IsTokenStart(text, from))
        {
            return;
        }
        var p = start + run;
        if (run == 2)
        {
            // 12 34 56: the pairs must be separated by single spaces, like the prefix.
            for (var pair = 0; pair < 2; pair++)
            {
                if (p + 3 > text.Length || text[p] != ' ' || Chars.DigitRun(text, p + 1) != 2)
                {
                    return;
                }
                p += 3;
            }
        }
        if (p < text.Length && text[p] == ' ')
        {
            p++;
        }
        if (p >= text.Length || !Chars.IsAsciiLetter(text[p]) || !Chars.IsTokenEnd(text, p + 1))
        {
            return;
        }
        var upper = Chars.IsUpper(text[from]);
        if (Chars.IsUpper(text[from + 1]) != upper || Chars.IsUpper(text[p]) != upper)
        {
            return;
        }
        if (UkNino.IsAllocatedPrefix(char.ToUpperInvariant(text[from]), char.ToUpperInvariant(text[from + 1])) && UkNino.IsSuffix(char.ToUpperInvariant(text[p])))
        {
            findings.Add(EntityType.UkNino, from, p + 1, Score);
        }
    }
}
