using StreamFilter.Core.Detection.Text;
using StreamFilter.Core.Detection.Validation.NationalIds;

namespace StreamFilter.Core.Detection.Detectors.NationalIds;

/// <summary>
/// Mexican CURP: 18 characters (4 letters, birth date, sex, state, consonants, check digit), found from
/// its date digits. The state list, the date and the check digit make a look-alike rare: reported alone.
/// </summary>
public sealed class MexicanCurpDetector() : NationalIdDetector("mx_curp",
    ["curp", "clave única", "clave unica", "registro de población", "registro de poblacion"], EntityType.MxCurp)
{
    public override ulong RunLengths { get; } = LengthBit(6);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        if (run != 6 || start < 4 || !Chars.IsAsciiLetter(text[start - 1]))
        {
            return;
        }
        var from = start - 4;
        if (from < 0 || from + 18 > text.Length || !Chars.IsTokenStart(text, from) || !Chars.IsTokenEnd(text, from + 18))
        {
            return;
        }
        Span<char> curp = stackalloc char[18];
        text.Slice(from, 18).ToUpperInvariant(curp);
        if (MexicanCurp.IsValid(curp))
        {
            findings.Add(EntityType.MxCurp, from, from + 18, Score);
        }
    }
}
