using StreamFilter.Core.Detection.Text;
using StreamFilter.Core.Detection.Validation.NationalIds;

namespace StreamFilter.Core.Detection.Detectors.NationalIds;

/// <summary>
/// Italian codice fiscale: 16 characters (RSSMRA85T10A562S), found from the first digit run of a
/// token that starts with six letters. The check letter, the month letter and the day rule make a
/// look-alike rare, so a valid code is reported alone. Upper or lower case, not mixed.
/// </summary>
public sealed class ItalianFiscalCodeDetector() : NationalIdDetector("it_fiscal_code",
    ["codice fiscale", "cod. fiscale", "cod fiscale", "c.f.", "cf", "fiscal code", "tessera sanitaria"], EntityType.ItFiscalCode)
{
    /// <summary>
    /// The first digit run of a code is the year (2 digits) or, with omocodia letters in the year, the
    /// day (2) or the place code (3). One-digit runs, the commonest of all, are not offered: a code whose
    /// omocodia letters leave only single digits before its place code is missed.
    /// </summary>
    public override ulong RunLengths { get; } = LengthRange(2, 3);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        // The code's first digits follow at least six letters.
        if (run is < 2 or > 3 || start < 6 || !Chars.IsAsciiLetter(text[start - 1]))
        {
            return;
        }
        // Only the token's first digit run: walk back over letters to the token start.
        var tokenStart = start;
        while (tokenStart > 0 && start - tokenStart < 15 && Chars.IsAsciiLetter(text[tokenStart - 1]))
        {
            tokenStart--;
        }
        if (start - tokenStart < 6 || tokenStart + 16 > text.Length || !Chars.IsTokenStart(text, tokenStart) || !Chars.IsTokenEnd(text, tokenStart + 16))
        {
            return;
        }
        MatchToken(text, tokenStart, findings);
    }

    /// <summary>The candidate's full check, apart from the cheap tests above it so those stay free of the buffer's set-up cost.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void MatchToken(ReadOnlySpan<char> text, int tokenStart, FindingList findings)
    {
        var token = text.Slice(tokenStart, 16);
        var upper = Chars.IsUpper(token[0]);
        Span<char> code = stackalloc char[16];
        for (var i = 0; i < 16; i++)
        {
            var c = token[i];
            if (Chars.IsAsciiLetter(c) && Chars.IsUpper(c) != upper)
            {
                return;
            }
            code[i] = char.ToUpperInvariant(c);
        }
        if (ItalianFiscalCode.IsValid(code))
        {
            findings.Add(EntityType.ItFiscalCode, tokenStart, tokenStart + 16, Score);
        }
    }
}
