using System.Buffers;
using StreamFilter.Core.Detection.Text;
using StreamFilter.Core.Detection.Validation;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// SWIFT/BIC codes: an upper-case word of 8 or 11 characters, four letters for the bank, an assigned
/// ISO country code, two letters or digits for the location and an optional three-character branch.
/// Plenty of ordinary capitalised words ("DOCUMENT", "CUSTOMERS") fit that shape, so candidates are
/// only reported next to a context word ("SWIFT", "BIC").
/// </summary>
/// <remarks>Anchored on capitals; each word is examined once and skipped whole.</remarks>
public sealed class SwiftBicDetector : Detector
{
    internal const float Score = 0.2f;

    private static readonly IReadOnlyList<string> Types = [EntityType.SwiftCode];

    private static readonly EntityScoring Scoring = new(0.5f, new ContextWords(
        ["swift", "bic", "bic code", "swift code", "bank identifier", "routing code"]));

    private static readonly SearchValues<char> UpperOrDigit = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    public override string Id => "swift_bic";

    public override bool RequiresContext => true;

    public override IReadOnlyList<string> EntityTypes => Types;

    public override EntityScoring DefaultScoring(string entityType) => Scoring;

    public override void Scan(ReadOnlySpan<char> text, FindingList findings)
    {
        var i = 0;
        while (i < text.Length)
        {
            var hit = text[i..].IndexOfAnyInRange('A', 'Z');
            if (hit < 0)
            {
                return;
            }
            var start = i + hit;
            var length = text[start..].IndexOfAnyExcept(UpperOrDigit);
            var end = length < 0 ? text.Length : start + length;
            if (end - start is 8 or 11 && Chars.IsWordStart(text, start) && Chars.IsTokenEnd(text, end) && IsBic(text[start..end]))
            {
                findings.Add(EntityType.SwiftCode, start, end, Score);
            }
            i = end;
        }
    }

    internal static bool IsBic(ReadOnlySpan<char> code)
    {
        for (var k = 0; k < 6; k++)
        {
            if (!Chars.IsUpper(code[k]))
            {
                return false;
            }
        }
        // Location code: '0' as its second character marks a test BIC, never a live one.
        return CountryCodes.IsAssigned(code[4], code[5]) && code[7] != '0';
    }
}
