using System.Numerics;
using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// Medicare Beneficiary Identifiers: eleven characters, C A AN N A AN N A A N N (C = 1-9, A = a letter
/// other than S, L, O, I, B, Z, N = digit), upper or lower case, compact or dashed 4-3-4. The dashed
/// form is distinctive; the compact form needs "Medicare", "MBI" or "beneficiary" nearby.
/// </summary>
public sealed class MedicareMbiDetector : AnchoredDetector
{
    internal const float DashedScore = 0.6f;
    internal const float CompactScore = 0.3f;

    private const int Length = 11;

    private static readonly IReadOnlyList<string> Types = [EntityType.MedicareMbi];

    private static readonly EntityScoring Scoring = new(0.5f, new ContextWords(
        ["medicare", "mbi", "beneficiary", "hicn", "cms", "medicare id"]));

    // Per position of the compact form: 'C' first digit, 'A' letter, 'X' letter or digit, 'N' digit.
    private const string Shape = "CAXNAXNAANN";

    public override string Id => "medicare_mbi";

    public override IReadOnlyList<string> EntityTypes => Types;

    public override EntityScoring DefaultScoring(string entityType) => Scoring;

    internal override void Scan(ReadOnlySpan<char> text, TextAnchors anchors, FindingList findings)
    {
        // Every MBI, compact or dashed, opens with digit, letter, letter or digit, digit ("1EG4"),
        // and no letter or digit before it: from the anchor masks, the digits of versions, times and
        // ids ("v2", "3rd", "1.2") never get as far as a comparison.
        var blocks = anchors.Blocks;
        var previousWord = 0UL;
        for (var b = 0; b < blocks.Length; b++)
        {
            var digits = blocks[b].Digits;
            var word = digits | blocks[b].Letters;
            var nextDigits = b + 1 < blocks.Length ? blocks[b + 1].Digits : 0;
            var nextLetters = b + 1 < blocks.Length ? blocks[b + 1].Letters : 0;
            var starts = digits & ~TextAnchors.Previous(word, previousWord)
                & TextAnchors.Next(blocks[b].Letters, nextLetters)
                & TextAnchors.Ahead(word, nextDigits | nextLetters, 2)
                & TextAnchors.Ahead(digits, nextDigits, 3);
            previousWord = word;
            for (; starts != 0; starts &= starts - 1)
            {
                MatchAt(text, b * 64 + BitOperations.TrailingZeroCount(starts), findings);
            }
        }
    }

    private static void MatchAt(ReadOnlySpan<char> text, int start, FindingList findings)
    {
        // A digit 1-9 at a token start with an MBI letter after it.
        var end = Fits(Shape[1], text[start + 1]) && text[start] != '0' && Chars.IsTokenStart(text, start)
            ? Match(text, start)
            : -1;
        if (end > 0)
        {
            findings.Add(EntityType.MedicareMbi, start, end, end - start == Length ? CompactScore : DashedScore);
        }
    }

    /// <summary>End of an MBI at <paramref name="start"/>, compact or dashed after the 4th and 7th characters, or -1.</summary>
    private static int Match(ReadOnlySpan<char> text, int start)
    {
        var dashed = start + 4 < text.Length && text[start + 4] == '-';
        var pos = start;
        for (var k = 0; k < Length; k++)
        {
            if (dashed && k is 4 or 7)
            {
                if (pos >= text.Length || text[pos] != '-')
                {
                    return -1;
                }
                pos++;
            }
            if (pos >= text.Length || !Fits(Shape[k], text[pos]))
            {
                return -1;
            }
            pos++;
        }
        return Chars.IsTokenEnd(text, pos) ? pos : -1;
    }

    private static bool Fits(char shape, char c) => shape switch
    {
        'C' => c is >= '1' and <= '9',
        'N' => Chars.IsDigit(c),
        'A' => IsMbiLetter(c),
        _ => Chars.IsDigit(c) || IsMbiLetter(c),
    };

    private static bool IsMbiLetter(char c) => Chars.IsAsciiLetter(c) && (c | 0x20) is not ('s' or 'l' or 'o' or 'i' or 'b' or 'z');
}
