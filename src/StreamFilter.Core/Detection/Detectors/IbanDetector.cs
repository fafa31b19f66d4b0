using System.Numerics;
using StreamFilter.Core.Detection.Text;
using StreamFilter.Core.Detection.Validation;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// International bank account numbers: two country letters and two check digits, then the BBAN,
/// compact, in groups of four separated by one consistent space or dash, or with single spaces
/// wherever the writer put them ("DE8937 0400 440532 013000"). Written all in lower case
/// ("de89 3704 ...") it counts too. The candidate is read to exactly the length registered for its
/// country and must pass mod-97, so a trailing word ("... 8901 X") is left out and a one-character
/// typo is rejected.
/// </summary>
/// <remarks>
/// Anchored on the shared anchor masks: the two check digits start a digit run right after two letters.
/// </remarks>
public sealed class IbanDetector : AnchoredDetector
{
    internal const float Score = 0.9f;

    private static readonly IReadOnlyList<string> Types = [EntityType.Iban];

    private static readonly EntityScoring Scoring = new(0.5f, new ContextWords(["iban", "bank", "account", "transfer", "wire"]));

    public override string Id => "iban";

    public override IReadOnlyList<string> EntityTypes => Types;

    public override EntityScoring DefaultScoring(string entityType) => Scoring;

    internal override void Scan(ReadOnlySpan<char> text, TextAnchors anchors, FindingList findings)
    {
        // Two digits (the check digits) starting a run right after two letters (the country).
        var blocks = anchors.Blocks;
        var previousLetters = 0UL;
        for (var b = 0; b < blocks.Length; b++)
        {
            var digits = blocks[b].Digits;
            var letters = blocks[b].Letters;
            var nextDigits = b + 1 < blocks.Length ? blocks[b + 1].Digits : 0;
            var lettersBefore = TextAnchors.Previous(letters, previousLetters)
                & ((letters << 2) | (previousLetters >> 62));
            var starts = digits & TextAnchors.Next(digits, nextDigits) & lettersBefore;
            previousLetters = letters;
            for (; starts != 0; starts &= starts - 1)
            {
                MatchAt(text, b * 64 + BitOperations.TrailingZeroCount(starts), findings);
            }
        }
    }

    private static void MatchAt(ReadOnlySpan<char> text, int digit, FindingList findings)
    {
        // The country must be one that has IBANs, before any copying.
        if (IbanRules.LengthFor(Upper(text[digit - 2]), Upper(text[digit - 1])) == 0)
        {
            return;
        }
        Span<char> compact = stackalloc char[IbanRules.MaxLength];
        var end = Match(text, digit - 2, compact);
        if (end > 0)
        {
            findings.Add(EntityType.Iban, digit - 2, end, Score);
        }
    }

    private static int Match(ReadOnlySpan<char> text, int start, Span<char> compact)
    {
        var length = IbanRules.LengthFor(Upper(text[start]), Upper(text[start + 1]));
        if (length == 0 || !Chars.IsWordStart(text, start))
        {
            return -1;
        }
        // One case throughout: "DE89..." or "de89...", never "De89" (a word followed by a number).
        var lower = !Chars.IsUpper(text[start]);
        if (lower != !Chars.IsUpper(text[start + 1]))
        {
            return -1;
        }
        var n = 0;
        var pos = start;
        var sep = '\0';
        var regular = true;
        while (n < length && pos < text.Length)
        {
            var c = text[pos];
            if (Chars.IsDigit(c) || (lower ? IsLower(c) : Chars.IsUpper(c)))
            {
                compact[n++] = Upper(c);
                pos++;
                continue;
            }
            // One space or dash between characters, always the same one.
            if (c is not (' ' or '-') || (sep != '\0' && c != sep) || n < 4 || pos + 1 >= text.Length
                || !(Chars.IsDigit(text[pos + 1]) || Chars.IsAsciiLetter(text[pos + 1])))
            {
                return -1;
            }
            regular &= n % 4 == 0;
            sep = c;
            pos++;
        }
        // Irregular groups only with spaces: "1234-56-7890" style dashes belong to other numbers.
        if (n != length || !Chars.IsWordEnd(text, pos) || (!regular && sep == '-'))
        {
            return -1;
        }
        return IbanRules.HasValidChecksum(compact[..n]) ? pos : -1;
    }

    private static char Upper(char c) => IsLower(c) ? (char)(c - 32) : c;

    private static bool IsLower(char c) => (uint)(c - 'a') <= 'z' - 'a';
}
