using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// Phone numbers: NANP (US/Canada) in the usual written forms and E.164-style international numbers.
/// Anchored on '(', '+' and digit-run starts from the engine's shared anchor masks. NANP numbers must obey the numbering
/// plan (area code and exchange start with 2-9 and are not N11), which rejects most dates, versions
/// and order numbers; an unformatted ten-digit run is weak and needs a context word ("phone", "call").
/// International numbers need the leading '+', a country code and 6-14 more digits.
/// </summary>
public sealed class PhoneNumberDetector : AnchoredDetector
{
    internal const float FormattedScore = 0.6f;
    internal const float CountryCodeScore = 0.7f;
    internal const float BareScore = 0.2f;

    private static readonly IReadOnlyList<string> Types = [EntityType.Phone];

    /// <summary>Characters that, directly before a candidate, mark it as part of an identifier or path.</summary>
    private static readonly SearchValues<char> JoinedBefore = SearchValues.Create("_\\#@$");

    private static readonly EntityScoring Scoring = new(0.5f, new ContextWords(
        ["phone", "tel", "telephone", "mobile", "cell", "call", "fax", "contact", "sms", "text me",
         "whatsapp", "reach me", "dial", "landline"]));

    public override string Id => "phone_number";

    public override IReadOnlyList<string> EntityTypes => Types;

    public override EntityScoring DefaultScoring(string entityType) => Scoring;

    internal override void Scan(ReadOnlySpan<char> text, TextAnchors anchors, FindingList findings)
    {
        // Candidates start at '+', '(' or the first digit of a run; `resume` is the end of the last
        // number found, before which nothing is tried again. Anchors come 64 characters per mask,
        // where one IndexOfAny call per digit run (timestamps, versions, ids) cost more than the matching.
        var resume = 0;
        var blocks = anchors.Blocks;
        var previousWord = 0UL;
        for (var b = 0; b < blocks.Length; b++)
        {
            ref readonly var block = ref blocks[b];
            var digits = block.Digits;
            var word = digits | block.Letters;
            // '+' and '(' start a number only before a digit: "retry(fn", "(v2.14" and "a + b" are
            // turned away here instead of in the matcher. Nor does a number start right after a
            // letter or digit ("v2", "x86", "ab12"), as IsCandidateStart would find.
            var signs = (block.Plus | block.OpenParen) & TextAnchors.Next(digits, b + 1 < blocks.Length ? blocks[b + 1].Digits : 0);
            var candidates = (digits | signs) & ~TextAnchors.Previous(word, previousWord);
            previousWord = word;
            while (candidates != 0)
            {
                var k = BitOperations.TrailingZeroCount(candidates);
                var at = b * 64 + k;
                if (at >= resume && (((signs >> k) & 1) != 0 || CouldStartNanp(text, at, digits, k)))
                {
                    resume = TryAt(text, at, resume, findings);
                }
                candidates &= candidates - 1;
            }
        }
    }

    /// <summary>
    /// Whether the digit run at <paramref name="at"/> (bit <paramref name="k"/> of its block's digit
    /// mask) can start a number <see cref="MatchNanp"/> accepts: a trunk "1" before a separator, a
    /// three-digit area code before a separator, or ten or eleven digits; runs going on past the block
    /// are always tried. Logs are full of other runs (dates, times, ids, "512Z"), and each one skipped
    /// saves the boundary checks and the matcher.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CouldStartNanp(ReadOnlySpan<char> text, int at, ulong digits, int k)
    {
        var length = BitOperations.TrailingZeroCount(~(digits >> k));
        return k + length >= 64 || length switch
        {
            1 => text[at] == '1' && at + 1 < text.Length && text[at + 1] is '-' or ' ' or '.',
            3 => at + 3 < text.Length && text[at + 3] is '-' or '.' or ' ',
            10 or 11 => true,
            _ => false,
        };
    }

    /// <summary>Tries a candidate at <paramref name="start"/>; returns the end of the number found, or <paramref name="resume"/>.</summary>
    private static int TryAt(ReadOnlySpan<char> text, int start, int resume, FindingList findings)
    {
        if (!IsCandidateStart(text, start))
        {
            return resume;
        }
        var end = text[start] == '+' ? MatchInternational(text, start, out var score) : MatchNanp(text, start, out score);
        if (end > 0 && Chars.IsNumberEnd(text, end))
        {
            findings.Add(EntityType.Phone, start, end, score);
            return end;
        }
        return resume;
    }

    private static bool IsCandidateStart(ReadOnlySpan<char> text, int start)
    {
        if (start == 0)
        {
            return true;
        }
        var before = text[start - 1];
        if (char.IsLetterOrDigit(before) || JoinedBefore.Contains(before))
        {
            return false;
        }
        // "ORD-415-555-2671", "v1.415.555.2671", "a/415..." continue an identifier; "12:415" a time.
        // "tel:+1..." and "Phone: 415..." are fine.
        if (start >= 2 && before is '-' or '.' or '/' or ':')
        {
            var prior = text[start - 2];
            return before == ':' ? !Chars.IsDigit(prior) : !char.IsLetterOrDigit(prior);
        }
        return true;
    }

    /// <summary>
    /// Matches [1 sep] (NXX) NXX-XXXX or NXX sep NXX sep XXXX starting at <paramref name="start"/>;
    /// returns the exclusive end or 0.
    /// </summary>
    private static int MatchNanp(ReadOnlySpan<char> text, int start, out float score)
    {
        score = FormattedScore;
        var p = start;
        var hasTrunk = false;
        if (text[p] == '1' && p + 1 < text.Length && text[p + 1] is '-' or ' ' or '.')
        {
            hasTrunk = true;
            p += 2;
        }
        if (p >= text.Length)
        {
            return 0;
        }
        if (text[p] == '(')
        {
            if (p + 5 > text.Length || Chars.DigitRun(text, p + 1) != 3 || text[p + 4] != ')')
            {
                return 0;
            }
            var area = p + 1;
            p += 5;
            if (p < text.Length && text[p] is ' ' or '-')
            {
                p++;
            }
            return MatchExchangeAndLine(text, area, p, sep: '\0');
        }
        var run = Chars.DigitRun(text, p);
        if (run == 10 || (run == 11 && text[p] == '1' && !hasTrunk))
        {
            var digits = text.Slice(run == 11 ? p + 1 : p, 10);
            if (!IsValidNanp(digits[..3], digits[3..6]))
            {
                return 0;
            }
            score = BareScore;
            return p + run;
        }
        if (run != 3 || p + 3 >= text.Length)
        {
            return 0;
        }
        var separator = text[p + 3];
        if (separator is not ('-' or '.' or ' '))
        {
            return 0;
        }
        var result = MatchExchangeAndLine(text, p, p + 4, separator);
        if (result > 0 && hasTrunk)
        {
            score = CountryCodeScore;
        }
        return result;
    }

    /// <summary>Matches NXX sep XXXX at <paramref name="p"/>, the area code being at <paramref name="area"/>.</summary>
    private static int MatchExchangeAndLine(ReadOnlySpan<char> text, int area, int p, char sep)
    {
        if (Chars.DigitRun(text, p) != 3 || p + 8 > text.Length)
        {
            return 0;
        }
        var lineSep = text[p + 3];
        // With "(415) 555-2671" any of '-', '.', ' ' may follow the exchange; otherwise the
        // separator must repeat ("415-555-2671", not "415-555.2671" which reads like a version).
        if (sep == '\0' ? lineSep is not ('-' or '.' or ' ') : lineSep != sep)
        {
            return 0;
        }
        if (Chars.DigitRun(text, p + 4) != 4 || !IsValidNanp(text.Slice(area, 3), text.Slice(p, 3)))
        {
            return 0;
        }
        return p + 8;
    }

    /// <summary>Area code and exchange: first digit 2-9, and not an N11 service code (411, 911).</summary>
    internal static bool IsValidNanp(ReadOnlySpan<char> area, ReadOnlySpan<char> exchange) =>
        area[0] >= '2' && exchange[0] >= '2' && !(area[1] == '1' && area[2] == '1') && !(exchange[1] == '1' && exchange[2] == '1');

    /// <summary>
    /// '+' country code, then digit groups separated by single spaces or dashes (an optional "(0)"
    /// trunk marker is allowed, as in "+44 (0)20 ..."); 7-15 digits in all (E.164 allows 15).
    /// </summary>
    private static int MatchInternational(ReadOnlySpan<char> text, int start, out float score)
    {
        score = CountryCodeScore;
        var p = start + 1;
        if (p >= text.Length || text[p] is < '1' or > '9')
        {
            return 0;
        }
        if (text[p] == '1')
        {
            // "+1 415 555 2671", "+1-415-555-2671", "+14155552671": the NANP rules apply.
            var nanp = MatchNanp(text, p, out _);
            if (nanp > 0)
            {
                return nanp;
            }
        }
        var digits = 0;
        var end = 0;
        while (p < text.Length)
        {
            var run = Chars.DigitRun(text, p);
            if (run == 0)
            {
                break;
            }
            digits += run;
            p += run;
            end = p;
            if (p + 1 < text.Length && text[p] is ' ' or '-' && Chars.IsDigit(text[p + 1]))
            {
                p++;
            }
            else if (!TryAreaInParentheses(text, ref p, ref digits))
            {
                break;
            }
        }
        return digits is >= 7 and <= 15 ? end : 0;
    }

    /// <summary>
    /// " (0)20 ..." (a trunk prefix dropped when dialling from abroad) or " (20) ..." (an area code) after
    /// the country code or a group; moves <paramref name="p"/> to the next digit group.
    /// </summary>
    private static bool TryAreaInParentheses(ReadOnlySpan<char> text, ref int p, ref int digits)
    {
        var q = p < text.Length && text[p] == ' ' ? p + 1 : p;
        if (q + 2 >= text.Length || text[q] != '(')
        {
            return false;
        }
        var run = Chars.DigitRun(text, q + 1);
        var close = q + 1 + run;
        if (run is 0 or > 4 || close + 1 >= text.Length || text[close] != ')')
        {
            return false;
        }
        var next = text[close + 1] == ' ' ? close + 2 : close + 1;
        if (next >= text.Length || !Chars.IsDigit(text[next]))
        {
            return false;
        }
        // "(0)" is not dialled from abroad, so it does not count towards the E.164 length.
        digits += text.Slice(q + 1, run) is "0" ? 0 : run;
        p = next;
        return true;
    }
}
