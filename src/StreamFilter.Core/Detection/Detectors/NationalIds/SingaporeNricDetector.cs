using StreamFilter.Core.Detection.Text;
using StreamFilter.Core.Detection.Validation.NationalIds;

namespace StreamFilter.Core.Detection.Detectors.NationalIds;

/// <summary>
/// Singapore NRIC and FIN: S, T, F or G, seven digits and a check letter (S1234567D). A valid check
/// letter is reported alone; the M series, whose check we cannot verify, only next to a context word.
/// </summary>
public sealed class SingaporeNricDetector() : NationalIdDetector("sg_nric_fin",
    ["nric", "fin", "nric/fin", "identity card", "ic no", "ic number", "singpass"], EntityType.SgNricFin)
{
    public override ulong RunLengths { get; } = LengthBit(7);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        if (run != 7 || start < 1 || !Chars.IsAsciiLetter(text[start - 1]))
        {
            return;
        }
        var from = start - 1;
        var end = start + 8;
        if (from < 0 || end > text.Length || !Chars.IsAsciiLetter(text[from]) || !Chars.IsAsciiLetter(text[end - 1])
            || !Chars.IsTokenStart(text, from) || !Chars.IsTokenEnd(text, end))
        {
            return;
        }
        Span<char> id = stackalloc char[9];
        text.Slice(from, 9).CopyTo(id);
        id[0] = char.ToUpperInvariant(id[0]);
        id[8] = char.ToUpperInvariant(id[8]);
        if (SingaporeNric.IsValid(id))
        {
            findings.Add(EntityType.SgNricFin, from, end, Score);
        }
        else if (id[0] == 'M')
        {
            findings.Add(EntityType.SgNricFin, from, end, WeakScore);
        }
    }
}
