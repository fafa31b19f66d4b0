using System.Buffers;
using System.Numerics;
using StreamFilter.Core.Detection.Text;
using StreamFilter.Core.Detection.Validation;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// Vendor tokens with a fixed prefix (AWS key ids, GitHub, GitLab, Slack, Stripe, Google and the
/// other formats in <see cref="KnownTokenRules"/>). Prefixes are found at word starts through a
/// bitmap of their first two characters, then the body after the prefix is
/// checked for its character set, its length and a clean right edge. Masks and documentation
/// stand-ins (ghp_xxxx..., AKIA...EXAMPLE) are skipped.
/// </summary>
public sealed class KnownTokenDetector : AnchoredDetector
{
    private const int MinEntropyLength = 20;
    private const int MinTokenLength = TextAnchors.MinTokenRun; // sk_live_ + 10
    private const double MinEntropy = 2.5;

    private static readonly KnownTokenRule[] Rules = [.. KnownTokenRules.All];

    // Rules indexed by the first two characters of their prefix (7-bit ASCII each): one walk over the
    // word starts of a text checks a bitmap per word, where one multi-string search over all 70+
    // prefixes (Aho-Corasick) measured 15-35 MB/s and four grouped Teddy searches about 350 MB/s.
    private static readonly ulong[] PrefixBitmap = new ulong[(1 << 14) / 64];
    private static readonly KnownTokenRule[]?[] RulesByPrefix = IndexRules();

    private static readonly IReadOnlyList<string> Types = Rules.Select(r => r.EntityType).Distinct().ToArray();

    public override string Id => "known_tokens";

    public override IReadOnlyList<string> EntityTypes => Types;

    internal override void Scan(ReadOnlySpan<char> text, TextAnchors anchors, FindingList findings)
    {
        // Every token is at least 18 token or blob characters (prefixes and bodies alike), so tokens
        // only occur inside such runs, and most sentences have none: only long runs are walked.
        if (!anchors.HasTokenRun)
        {
            return;
        }
        var from = 0;
        while (anchors.TryFindRun<TokenBlobChars>(from, MinTokenLength, out var runStart, out var runEnd))
        {
            ScanRun(text, anchors, runStart, runEnd, findings);
            from = runEnd;
        }
    }

    /// <summary>Tries the rules whose prefix starts at each word start of the run [start, end).</summary>
    private static void ScanRun(ReadOnlySpan<char> text, TextAnchors anchors, int runStart, int runEnd, FindingList findings)
    {
        var last = Math.Min(runEnd, text.Length - 1);
        var blocks = anchors.Blocks;
        var resume = runStart; // after a token, the next one starts at its end at the earliest
        for (var b = runStart / 64; b * 64 < last; b++)
        {
            // Word starts from the masks: positions whose previous character is no ASCII letter or
            // digit (a non-ASCII one is judged exactly below). Inside a long run of "_-+/=.~" and
            // alphanumerics they are few, where the character walk tried every position.
            var word = blocks[b].Letters | blocks[b].Digits;
            var candidates = ~TextAnchors.Previous(word, b > 0 ? blocks[b - 1].Letters | blocks[b - 1].Digits : 0);
            if (runStart > b * 64)
            {
                candidates &= ulong.MaxValue << (runStart - b * 64);
            }
            if (last - b * 64 < 64)
            {
                candidates &= (1UL << (last - b * 64)) - 1;
            }
            for (; candidates != 0; candidates &= candidates - 1)
            {
                var start = b * 64 + BitOperations.TrailingZeroCount(candidates);
                if (start >= resume && TryAt(text, start, findings, out var end))
                {
                    resume = end;
                }
            }
        }
    }

    /// <summary>Tries the rules whose prefix starts at <paramref name="start"/>; on a match, <paramref name="end"/> is the token's end.</summary>
    private static bool TryAt(ReadOnlySpan<char> text, int start, FindingList findings, out int end)
    {
        end = 0;
        var c = text[start];
        var next = text[start + 1];
        if (c >= 128 || next >= 128 || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
        {
            return false;
        }
        var key = Key(c, next);
        if ((PrefixBitmap[key >> 6] & (1UL << (key & 63))) == 0)
        {
            return false;
        }
        var rest = text[start..];
        foreach (var rule in RulesByPrefix[key]!)
        {
            if (rest.StartsWith(rule.Prefix, StringComparison.Ordinal) && TryBody(text, start, rule, out end))
            {
                findings.Add(rule.EntityType, start, end, rule.Score);
                return true;
            }
        }
        return false;
    }

    private static int Key(char first, char second) => (first & 0x7F) << 7 | (second & 0x7F);

    private static KnownTokenRule[]?[] IndexRules()
    {
        var table = new KnownTokenRule[]?[1 << 14];
        foreach (var group in Rules.GroupBy(r => Key(r.Prefix[0], r.Prefix[1])))
        {
            table[group.Key] = group.ToArray();
            PrefixBitmap[group.Key >> 6] |= 1UL << (group.Key & 63);
        }
        return table;
    }

    private static bool TryBody(ReadOnlySpan<char> text, int start, KnownTokenRule rule, out int end)
    {
        var bodyStart = start + rule.Prefix.Length;
        var length = SecretText.RunOf(text, bodyStart, rule.Body);
        end = bodyStart + length;
        // A trailing '.' or '-' ends a sentence or a list item rather than the token.
        while (length > rule.MinBody && text[end - 1] is '.' or '-')
        {
            end--;
            length--;
        }
        if (length < rule.MinBody || length > rule.MaxBody)
        {
            return false;
        }
        // The token must end where the word ends: "AKIA" + 17 characters is something else.
        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
        {
            return false;
        }
        var body = text[bodyStart..end];
        if ((rule.NumericHead && !HasNumericHead(body)) || (rule.Structure is { } structure && !structure(body)))
        {
            return false;
        }
        // Real tokens are random; "GR1348941" + "123123123..." or "sgp_5555555dAAAAA..." are not.
        return !SecretText.IsPlaceholder(body) && (body.Length < MinEntropyLength || ShannonEntropy.BitsPerChar(body) >= MinEntropy);
    }

    /// <summary>An 8+ digit number, or a one-digit version then an 8+ digit number, then '-'.</summary>
    private static bool HasNumericHead(ReadOnlySpan<char> body)
    {
        if (body.Length > 2 && Chars.IsDigit(body[0]) && body[1] == '-')
        {
            body = body[2..];
        }
        var digits = Chars.DigitRun(body, 0);
        return digits >= 8 && digits < body.Length && body[digits] == '-';
    }
}
