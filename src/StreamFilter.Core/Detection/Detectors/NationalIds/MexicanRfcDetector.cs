using StreamFilter.Core.Detection.Text;
using StreamFilter.Core.Detection.Validation.NationalIds;

namespace StreamFilter.Core.Detection.Detectors.NationalIds;

/// <summary>
/// Mexican RFC: 4 letters (persons) or 3 (companies), the date YYMMDD and a 3-character homoclave,
/// run together or split by spaces or dashes (GODE561231GR8, GODE 561231 GR8). With its check
/// character it is reported alone; many issued RFCs lack a valid one, and those (and RFCs written
/// without the homoclave) need a context word.
/// </summary>
public sealed class MexicanRfcDetector() : NationalIdDetector("mx_rfc",
    ["rfc", "registro federal", "contribuyentes", "homoclave", "sat"], EntityType.MxRfc)
{
    public override ulong RunLengths { get; } = LengthBit(6);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        if (run != 6)
        {
            return;
        }
        var separator = start > 0 && text[start - 1] is ' ' or '-' ? text[start - 1] : '\0';
        var lettersEnd = separator == '\0' ? start : start - 1;
        var letters = 0;
        while (letters < 5 && lettersEnd - letters > 0 && IsRfcLetter(text[lettersEnd - letters - 1]))
        {
            letters++;
        }
        var from = lettersEnd - letters;
        var dateEnd = start + 6;
        var homoclaveFollows = dateEnd < text.Length && (Chars.IsAsciiLetterOrDigit(text[dateEnd])
            || (text[dateEnd] == separator && separator != '\0' && dateEnd + 1 < text.Length && !char.IsWhiteSpace(text[dateEnd + 1])));
        if (letters == 4 && !homoclaveFollows && Chars.IsTokenStart(text, from) && Chars.IsTokenEnd(text, dateEnd))
        {
            // Without the homoclave: the letters and the date alone, a shape many codes share.
            Span<char> shortForm = stackalloc char[10];
            text.Slice(from, 4).ToUpperInvariant(shortForm);
            text.Slice(start, 6).CopyTo(shortForm[4..]);
            if (MexicanRfc.HasForm(shortForm))
            {
                findings.Add(EntityType.MxRfc, from, start + 6, WeakScore);
            }
            return;
        }
        var homoclave = start + 6 + (separator == '\0' ? 0 : 1);
        var end = homoclave + 3;
        if (letters is not (3 or 4) || end > text.Length || !Chars.IsTokenStart(text, from) || !Chars.IsTokenEnd(text, end)
            || (separator != '\0' && text[start + 6] != separator))
        {
            return;
        }
        Span<char> rfc = stackalloc char[13];
        var n = 0;
        foreach (var c in text[from..lettersEnd])
        {
            rfc[n++] = char.ToUpperInvariant(c);
        }
        text.Slice(start, 6).CopyTo(rfc[n..]);
        n += 6;
        foreach (var c in text.Slice(homoclave, 3))
        {
            rfc[n++] = char.ToUpperInvariant(c);
        }
        var value = rfc[..n];
        if (MexicanRfc.HasForm(value))
        {
            findings.Add(EntityType.MxRfc, from, end, MexicanRfc.HasValidCheck(value) ? Score : WeakScore);
        }
    }

    private static bool IsRfcLetter(char c) => Chars.IsAsciiLetter(c) || c is 'Ñ' or 'ñ' or '&';
}
