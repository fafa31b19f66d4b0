using StreamFilter.Core.Detection.Text;
using StreamFilter.Core.Detection.Validation.NationalIds;

namespace StreamFilter.Core.Detection.Detectors.NationalIds;

/// <summary>
/// French NIR (numéro de sécurité sociale): 15 characters, bare or as printed on the carte Vitale
/// (1 85 05 78 006 084 36), Corsica's 2A/2B included, with the mod-97 key and a plausible sex and
/// month. The key leaves one look-alike in a hundred, so a valid NIR is reported alone.
/// </summary>
public sealed class FrenchNirDetector() : NationalIdDetector("fr_nir",
    ["nir", "sécurité sociale", "securite sociale", "numéro de sécu", "numero de secu", "sécu", "secu", "insee", "carte vitale",
     "social security"], EntityType.FrNir)
{
    /// <summary>The positions after which the printed form puts a space: 1 85 05 78 006 084 36.</summary>
    private const int PrintedBreaks = (1 << 1) | (1 << 3) | (1 << 5) | (1 << 7) | (1 << 10) | (1 << 13);

    /// <summary>
    /// The printed form is found from its second group ("85" in "1 85 05 ..."): one-digit runs are the
    /// commonest runs of all (hex ids, versions), and offering each to this detector cost more than the rest of it.
    /// </summary>
    public override ulong RunLengths { get; } = LengthBit(2) | LengthBit(6) | LengthBit(13) | LengthBit(15);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        if (run is not (2 or 6 or 13 or 15))
        {
            return;
        }
        if (run == 2)
        {
            // The second group of "1 85 05 78 006 084 36": the sex digit and a space or dot before it.
            if (start < 2 || text[start - 1] is not (' ' or '.') || !Chars.IsDigit(text[start - 2]))
            {
                return;
            }
            start -= 2;
        }
        if (text[start] is not ('1' or '2' or '3' or '4' or '7' or '8') || !DigitGroups.IsNumberStart(text, start))
        {
            return;
        }
        MatchAt(text, start, findings);
    }

    /// <summary>The candidate's full check, apart from the cheap tests above it so those stay free of the buffer's set-up cost.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void MatchAt(ReadOnlySpan<char> text, int start, FindingList findings)
    {
        Span<char> nir = stackalloc char[15];
        var n = 0;
        var breaks = 0;
        var p = start;
        while (p < text.Length && n < 15)
        {
            var c = text[p];
            if (Chars.IsDigit(c) || (n == 6 && nir[5] == '2' && c is 'A' or 'B' or 'a' or 'b'))
            {
                nir[n++] = c;
                p++;
            }
            else if (c is ' ' or '.' && n > 0 && p + 1 < text.Length && (Chars.IsDigit(text[p + 1]) || n == 6))
            {
                breaks |= 1 << n;
                p++;
            }
            else
            {
                break;
            }
        }
        if (n == 15 && breaks is 0 or PrintedBreaks or (1 << 13) && DigitGroups.IsNumberEnd(text, p) && FrenchNir.IsValid(nir))
        {
            findings.Add(EntityType.FrNir, start, p, Score);
        }
    }
}
