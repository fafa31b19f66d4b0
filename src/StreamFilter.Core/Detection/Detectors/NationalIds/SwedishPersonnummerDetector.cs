using StreamFilter.Core.Detection.Text;
using StreamFilter.Core.Detection.Validation.NationalIds;

namespace StreamFilter.Core.Detection.Detectors.NationalIds;

/// <summary>
/// Swedish personnummer: YYMMDD-NNNC, YYMMDD+NNNC (age 100 or more) or YYYYMMDD-NNNC, with an existing
/// date and a Luhn check. The dashed forms are reported alone; ten or twelve bare digits (a
/// YYYYMMDDhhmm timestamp passes one time in ten) only next to a context word.
/// </summary>
public sealed class SwedishPersonnummerDetector() : NationalIdDetector("se_personnummer",
    ["personnummer", "personnr", "person-nr", "pnr", "samordningsnummer", "personal identity", "personal number",
     "identity number", "swedish id"], EntityType.SePersonnummer)
{
    public override ulong RunLengths { get; } = LengthBit(6) | LengthBit(8) | LengthBit(10) | LengthBit(12);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        // Six or eight digits count only before '-' or '+': most such runs (dates, ids) are turned away here.
        if (run is 6 or 8 && (start + run >= text.Length || text[start + run] is not ('-' or '+')))
        {
            return;
        }
        // "is199003052397": the number may follow a word directly, as people type it.
        if (start > 0 && (Chars.IsDigit(text[start - 1]) || (text[start - 1] is '-' or '.' or '/' or ',' && start >= 2 && Chars.IsDigit(text[start - 2]))))
        {
            return;
        }
        var end = start + run;
        Span<char> digits = stackalloc char[12];
        if (run is 10 or 12)
        {
            if (DigitGroups.IsNumberEnd(text, end) && SwedishPersonnummer.IsValid(text.Slice(start, run)))
            {
                findings.Add(EntityType.SePersonnummer, start, end, WeakScore);
            }
            return;
        }
        // YYMMDD or YYYYMMDD, then '-' or '+' and four digits.
        if (run is not (6 or 8) || end + 5 > text.Length || text[end] is not ('-' or '+') || Chars.DigitRun(text, end + 1) != 4 || !DigitGroups.IsNumberEnd(text, end + 5))
        {
            return;
        }
        text.Slice(start, run).CopyTo(digits);
        text.Slice(end + 1, 4).CopyTo(digits[run..]);
        if (SwedishPersonnummer.IsValid(digits[..(run + 4)]))
        {
            findings.Add(EntityType.SePersonnummer, start, end + 5, Score);
        }
    }
}
