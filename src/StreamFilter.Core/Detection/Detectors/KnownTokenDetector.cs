using System.Buffers;
using StreamFilter.Core.Detection.Text;
using StreamFilter.Core.Detection.Validation;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// Vendor tokens with a fixed prefix (AWS key ids, GitHub, GitLab, Slack, Stripe, Google and the
/// other formats in <see cref="KnownTokenRules"/>). Prefixes are found by vectorized multi-string
/// searches (SearchValues/Teddy), one per anchor group of about 20 values (see
/// <see cref="KnownTokenRules.AnchorGroups"/> for why not one), then the body after the prefix is
/// checked for its character set, its length and a clean right edge. Masks and documentation
/// stand-ins (ghp_xxxx..., AKIA...EXAMPLE) are skipped.
/// </summary>
public sealed class KnownTokenDetector : Detector
{
    private const int MinEntropyLength = 20;
    private const int MinTokenLength = 18; // sk_live_ + 10
    private const double MinEntropy = 2.5;

    private static readonly KnownTokenRule[] Rules = [.. KnownTokenRules.All];

    private static readonly SearchValues<string>[] AnchorGroups =
        KnownTokenRules.AnchorGroups.Select(g => SearchValues.Create(g, StringComparison.Ordinal)).ToArray();

    private static readonly IReadOnlyList<string> Types = Rules.Select(r => r.EntityType).Distinct().ToArray();

    public override string Id => "known_tokens";

    public override IReadOnlyList<string> EntityTypes => Types;

    public override void Scan(ReadOnlySpan<char> text, FindingList findings)
    {
        // Every token is at least 18 characters without a space; most sentences have no such run.
        if (!SecretText.HasRunOf(text, SecretText.BlobChars, MinTokenLength))
        {
            return;
        }
        foreach (var anchors in AnchorGroups)
        {
            ScanGroup(text, anchors, findings);
        }
    }

    private static void ScanGroup(ReadOnlySpan<char> text, SearchValues<string> anchors, FindingList findings)
    {
        var i = 0;
        while (i < text.Length)
        {
            var hit = text[i..].IndexOfAny(anchors);
            if (hit < 0)
            {
                return;
            }
            var start = i + hit;
            i = start + 1;
            if (start > 0 && char.IsLetterOrDigit(text[start - 1]))
            {
                continue;
            }
            var rest = text[start..];
            foreach (var rule in Rules)
            {
                if (rest.StartsWith(rule.Prefix, StringComparison.Ordinal) && TryBody(text, start, rule, out var end))
                {
                    findings.Add(rule.EntityType, start, end, rule.Score);
                    i = end;
                    break;
                }
            }
        }
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
        if (rule.NumericHead && !HasNumericHead(body))
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
