using StreamFilter.Core.Detection.Text;
using StreamFilter.Core.Detection.Validation.NationalIds;

namespace StreamFilter.Core.Detection.Detectors.NationalIds;

/// <summary>
/// Spanish DNI/NIF (8 digits and a control letter: 12345678Z, 12345678-Z, 12.345.678-Z), NIE
/// (X, Y or Z, 7 digits and a letter: X1234567L, X-1234567-L) and K/L/M NIFs. The control letter is
/// checked (mod 23) and the letter-suffixed shape is rare in other text, so a valid one is reported alone.
/// </summary>
public sealed class SpanishIdDetector() : NationalIdDetector("es_nif",
    ["dni", "nie", "nif", "documento nacional", "identidad", "extranjero", "identificación fiscal", "identificacion fiscal",
     "número de identificación", "numero de identificacion", "spanish id"], EntityType.EsNif, EntityType.EsNie)
{
    public override ulong RunLengths { get; } = LengthBit(2) | LengthBit(7) | LengthBit(8);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        Span<char> compact = stackalloc char[DigitGroups.MaxDigits + 2];
        if (run == 7 && LetterBefore(text, start) is var letterAt and >= 0)
        {
            // X1234567L, X-1234567-L (NIE) or K/L/M1234567L (NIF).
            compact[0] = text[letterAt];
            text.Slice(start, 7).CopyTo(compact[1..]);
            if (ControlLetterAt(text, start + 7) is var p and > 0)
            {
                compact[8] = text[p];
                if (SpanishId.IsValid(compact[..9]))
                {
                    var nie = char.ToUpperInvariant(compact[0]) is 'X' or 'Y' or 'Z';
                    findings.Add(nie ? EntityType.EsNie : EntityType.EsNif, letterAt, p + 1, Score);
                }
            }
            return;
        }
        // Two digits start only the dotted form "12.345.678-Z".
        if ((run == 2 && (start + 2 >= text.Length || text[start + 2] != '.')) || !DigitGroups.IsNumberStart(text, start))
        {
            return;
        }
        var groups = DigitGroups.Read(text, start, compact);
        // Seven digits: a DNI whose leading zero was left out.
        var shape = groups.Is([8]) || groups.Is([7]) || (groups.Is([2, 3, 3]) && groups.SeparatedBy('.'));
        if (shape && ControlLetterAt(text, groups.End) is var at and > 0)
        {
            compact[groups.DigitCount] = text[at];
            if (SpanishId.IsValid(compact[..(groups.DigitCount + 1)]))
            {
                findings.Add(EntityType.EsNif, start, at + 1, Score);
            }
        }
    }

    /// <summary>The position of a letter starting a token right before <paramref name="start"/> (or before a '-' there), or -1.</summary>
    private static int LetterBefore(ReadOnlySpan<char> text, int start)
    {
        var at = start >= 2 && text[start - 1] == '-' ? start - 2 : start - 1;
        return at >= 0 && Chars.IsAsciiLetter(text[at]) && Chars.IsTokenStart(text, at) ? at : -1;
    }

    /// <summary>
    /// The position of the control letter after digits ending at <paramref name="at"/> (directly, or
    /// after '-' or a space), or 0 when there is none ending a token. After a space it must be upper case.
    /// </summary>
    private static int ControlLetterAt(ReadOnlySpan<char> text, int at)
    {
        var p = at < text.Length && text[at] is '-' or ' ' ? at + 1 : at;
        if (p >= text.Length || !Chars.IsAsciiLetter(text[p]) || (text[at] == ' ' && !Chars.IsUpper(text[p])))
        {
            return 0;
        }
        return Chars.IsTokenEnd(text, p + 1) ? p : 0;
    }
}
