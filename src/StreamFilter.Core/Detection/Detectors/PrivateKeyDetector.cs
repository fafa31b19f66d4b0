using System.Buffers;
using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// PEM and OpenSSH private key blocks: from <c>-----BEGIN ... PRIVATE KEY-----</c> (RSA, EC, DSA,
/// OPENSSH, ENCRYPTED, PGP ... PRIVATE KEY BLOCK) through the matching END line. The body must hold
/// real key material (at least 64 base64 characters), so documentation stubs are not reported.
/// A block cut off before its END line (a truncated field) is reported up to the end of its body:
/// part of a key is still secret.
/// </summary>
public sealed class PrivateKeyDetector : AnchoredDetector
{
    internal const float Score = 0.95f;

    private const string Begin = "-----BEGIN ";
    private const string Dashes = "-----";
    private const int MinBodyChars = 64;
    private const int MaxLabel = 40;

    /// <summary>
    /// Far larger than any real key block (an RSA-8192 PEM is about 6.5k characters); bounds the work
    /// per BEGIN line so text full of BEGIN lines without END lines stays linear.
    /// </summary>
    private const int MaxBlock = 16 * 1024;

    private static readonly IReadOnlyList<string> Types = [EntityType.PrivateKey];

    private static readonly SearchValues<char> Base64Chars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=");

    public override string Id => "private_key";

    public override IReadOnlyList<string> EntityTypes => Types;

    internal override void Scan(ReadOnlySpan<char> text, TextAnchors anchors, FindingList findings)
    {
        // "-----BEGIN ": no run of five dashes, no key.
        if (!anchors.TryFindRun<DashChars>(0, Dashes.Length, out _, out _))
        {
            return;
        }
        var i = 0;
        while (i < text.Length)
        {
            var hit = text[i..].IndexOf(Begin, StringComparison.Ordinal);
            if (hit < 0)
            {
                return;
            }
            var start = i + hit;
            i = start + Begin.Length;
            var labelStart = i;
            var labelLength = text[labelStart..].IndexOf(Dashes, StringComparison.Ordinal);
            if (labelLength < 0 || labelLength > MaxLabel)
            {
                continue;
            }
            var label = text.Slice(labelStart, labelLength);
            if (!label.Contains("PRIVATE KEY", StringComparison.Ordinal))
            {
                continue;
            }
            var bodyStart = labelStart + labelLength + Dashes.Length;
            var end = FindEnd(text, bodyStart, label, out var bodyEnd);
            if (CountBase64(text[bodyStart..bodyEnd]) >= MinBodyChars)
            {
                findings.Add(EntityType.PrivateKey, start, end, Score);
                i = end;
            }
        }
    }

    /// <summary>
    /// The end of "-----END {label}-----" after <paramref name="bodyStart"/>; without one, the end of
    /// the body (base64 lines, header lines such as "Proc-Type:", literal "\n" escapes).
    /// </summary>
    private static int FindEnd(ReadOnlySpan<char> text, int bodyStart, ReadOnlySpan<char> label, out int bodyEnd)
    {
        var rest = text[bodyStart..Math.Min(text.Length, bodyStart + MaxBlock)];
        var endLine = rest.IndexOf("-----END ", StringComparison.Ordinal);
        if (endLine >= 0)
        {
            bodyEnd = bodyStart + endLine;
            var after = bodyEnd + "-----END ".Length;
            if (text[after..].StartsWith(label, StringComparison.Ordinal) && text[(after + label.Length)..].StartsWith(Dashes, StringComparison.Ordinal))
            {
                return after + label.Length + Dashes.Length;
            }
            return bodyEnd;
        }
        // No END line: stop at the first character that cannot be part of a PEM body, or at the
        // next "-----" boundary line.
        var p = bodyStart;
        var limit = bodyStart + rest.Length;
        while (p < limit && (Base64Chars.Contains(text[p]) || text[p] is '\r' or '\n' or ' ' or '\t' or '\\' or ':' or ',' or '-')
            && !text[p..].StartsWith(Dashes, StringComparison.Ordinal))
        {
            p++;
        }
        bodyEnd = p;
        return p;
    }

    private static int CountBase64(ReadOnlySpan<char> body)
    {
        var n = 0;
        foreach (var c in body)
        {
            if (Base64Chars.Contains(c))
            {
                n++;
            }
        }
        return n;
    }
}
