using StreamFilter.Core.Detection.Text;
using StreamFilter.Core.Detection.Validation;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// Payment card numbers: 12-19 digits in a row, printed groupings with one consistent space, dash or
/// dot (4-4-4-4, 4-4-4-4-3, Amex 4-6-5, Diners 4-6-4), where any gap may also be a line break, and a
/// number split in two by a line break. A candidate must carry a known issuer prefix for its length
/// and pass Luhn; a 16-digit number with a bad check digit is never reported. An expiry date and a
/// security code printed right after a card ("4111... 09/28 123") are reported with it
/// (<see cref="CardDetailsDetector"/> finds them after their key words).
/// Visa, Mastercard (51-55 and 2221-2720), Amex, Discover, JCB, Diners and UnionPay score high;
/// Maestro-range and UATP numbers, whose prefixes are shared with many internal numbers, score lower.
/// </summary>
public sealed class CreditCardDetector : DigitRunDetector
{
    internal const float MajorBrandScore = 0.9f;
    internal const float MinorBrandScore = 0.6f;

    private const int MinDigits = 12;
    private const int MaxDigits = 19;

    private static readonly IReadOnlyList<string> Types = [EntityType.CreditCard];

    internal static readonly EntityScoring Scoring = new(0.5f, new ContextWords(
        ["card", "credit", "debit", "visa", "mastercard", "amex", "discover", "cc#", "ccn", "pan"]));

    // Accepted groupings, longest first, as digit counts per group.
    private static readonly int[][] Groupings = [[4, 4, 4, 4, 3], [4, 4, 4, 4], [4, 6, 5], [4, 6, 4]];

    public override string Id => "credit_card";

    public override IReadOnlyList<string> EntityTypes => Types;

    public override EntityScoring DefaultScoring(string entityType) => Scoring;

    /// <summary>A first group of four, 12-19 digits in a row, or the first part (4 or more digits) of a number split by a line break.</summary>
    public override ulong RunLengths { get; } = LengthRange(4, MaxDigits);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        if (!Chars.IsTokenStart(text, start))
        {
            return;
        }
        var end = Match(text, start, run);
        var after = start + run;
        if (end < 0 && run < MaxDigits && after < text.Length && text[after] is '\n' or '\r' or ' ')
        {
            end = MatchSplit(text, start, run);
        }
        if (end > 0)
        {
            findings.Add(EntityType.CreditCard, start, end, BrandScore(text[start..end]));
            CardDetails.AddAfterCard(text, end, findings);
        }
    }

    /// <summary>"41111111\n11111111": two digit runs joined by a line break (spaces around it allowed) that together make a card.</summary>
    private static int MatchSplit(ReadOnlySpan<char> text, int start, int run)
    {
        var pos = start + run;
        var next = SkipLineBreak(text, pos);
        if (next == pos || next >= text.Length)
        {
            return -1;
        }
        var second = Chars.DigitRun(text, next);
        var total = run + second;
        if (second == 0 || total is < MinDigits or > MaxDigits || !Chars.IsTokenEnd(text, next + second))
        {
            return -1;
        }
        var end = next + second;
        return Chars.IsNumberEnd(text, end) && IsValid(text[start..end]) ? end : -1;
    }

    /// <summary>Past a line break at <paramref name="pos"/> ("\n", "\r\n", with spaces before or after), or <paramref name="pos"/>.</summary>
    private static int SkipLineBreak(ReadOnlySpan<char> text, int pos)
    {
        var i = pos;
        while (i < text.Length && i - pos < 2 && text[i] == ' ')
        {
            i++;
        }
        if (i < text.Length && text[i] == '\r')
        {
            i++;
        }
        if (i >= text.Length || text[i] != '\n')
        {
            return pos;
        }
        i++;
        var lineStart = i;
        while (i < text.Length && i - lineStart < 2 && text[i] == ' ')
        {
            i++;
        }
        return i;
    }

    /// <summary>The end of a valid card number starting at <paramref name="start"/>, or -1.</summary>
    private static int Match(ReadOnlySpan<char> text, int start, int run)
    {
        if (run is >= MinDigits and <= MaxDigits)
        {
            var end = start + run;
            return Chars.IsTokenEnd(text, end) && IsValid(text[start..end]) ? end : -1;
        }
        if (run != 4 || start + 5 >= text.Length || text[start + 4] is not (' ' or '-' or '.' or '\r' or '\n'))
        {
            return -1;
        }
        var sep = text[start + 4];
        if (sep is '\r' or '\n')
        {
            // A line break first: the printed separator is whatever the other gaps use.
            var after = SkipLineBreak(text, start + 4);
            var nextGap = after + Chars.DigitRun(text, after);
            sep = nextGap < text.Length && text[nextGap] is ' ' or '-' or '.' ? text[nextGap] : ' ';
        }
        foreach (var grouping in Groupings)
        {
            var end = MatchGrouping(text, start, sep, grouping);
            if (end > 0 && IsValid(text[start..end]))
            {
                return end;
            }
        }
        return -1;
    }

    private static int MatchGrouping(ReadOnlySpan<char> text, int start, char sep, int[] grouping)
    {
        var pos = start;
        for (var g = 0; g < grouping.Length; g++)
        {
            if (g > 0)
            {
                // The gap is the separator, or a line break (the number wrapped), perhaps after the separator.
                var next = SkipLineBreak(text, pos);
                if (next == pos)
                {
                    if (pos >= text.Length || text[pos] != sep)
                    {
                        return -1;
                    }
                    next = SkipLineBreak(text, pos + 1);
                    next = next == pos + 1 ? pos + 1 : next;
                }
                pos = next;
            }
            if (pos >= text.Length || Chars.DigitRun(text, pos) != grouping[g])
            {
                return -1;
            }
            pos += grouping[g];
        }
        return Chars.IsNumberEnd(text, pos) && Chars.IsTokenEnd(text, pos) ? pos : -1;
    }

    private static bool IsValid(ReadOnlySpan<char> candidate) => Luhn.IsValid(candidate) && BrandScore(candidate) > 0;

    /// <summary>The score of the issuer range the digits fall in, or 0 when no issuer uses that prefix at that length.</summary>
    internal static float BrandScore(ReadOnlySpan<char> candidate)
    {
        Span<char> digits = stackalloc char[MaxDigits];
        var n = 0;
        foreach (var c in candidate)
        {
            if (Chars.IsDigit(c))
            {
                if (n == MaxDigits)
                {
                    return 0;
                }
                digits[n++] = c;
            }
        }
        if (n < MinDigits)
        {
            return 0;
        }
        var p2 = Prefix(digits, 2);
        var p3 = Prefix(digits, 3);
        var p4 = Prefix(digits, 4);
        var p6 = Prefix(digits, 6);
        var major = digits[0] switch
        {
            '4' => n is 13 or 16 or 19,
            '5' => p2 is >= 51 and <= 55 && n == 16,
            '2' => p4 is >= 2221 and <= 2720 && n == 16,
            '3' => (p2 is 34 or 37 && n == 15)
                || (p4 is >= 3528 and <= 3589 && n >= 16)
                || ((p3 is >= 300 and <= 305 || p4 == 3095 || p2 is 36 or 38 or 39) && n >= 14),
            '6' => (p4 == 6011 || p3 is >= 644 and <= 649 || p2 == 65 || p2 == 62 || p6 is >= 622126 and <= 622925) && n >= 16,
            _ => false,
        };
        if (major)
        {
            return MajorBrandScore;
        }
        // Maestro ranges (50, 56-69) and UATP (15 digits starting with 1).
        var minor = (digits[0] == '5' && p2 is 50 or >= 56) || digits[0] == '6' || (digits[0] == '1' && n == 15);
        return minor ? MinorBrandScore : 0;
    }

    private static int Prefix(ReadOnlySpan<char> digits, int length)
    {
        var value = 0;
        for (var k = 0; k < length; k++)
        {
            value = (value * 10) + (digits[k] - '0');
        }
        return value;
    }
}
