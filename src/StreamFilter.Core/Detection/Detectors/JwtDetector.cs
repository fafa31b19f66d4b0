using System.Buffers;
using System.Buffers.Text;
using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// JSON Web Tokens: three base64url segments joined by '.', anchored on "eyJ" (the encoding of
/// <c>{"</c>). The header is decoded on the stack and must be a JSON object naming an "alg";
/// the payload must also start as a JSON object. An unsigned token (alg "none", empty third
/// segment) is still a bearer credential and is reported.
/// </summary>
public sealed class JwtDetector : AnchoredDetector
{
    internal const float Score = 0.9f;

    private const int MinSegment = 10;

    /// <summary>Headers are a few dozen bytes; anything larger is decoded only up to this prefix.</summary>
    private const int MaxHeaderChars = 1024;

    private static readonly IReadOnlyList<string> Types = [EntityType.Jwt];

    private static readonly SearchValues<char> Base64UrlChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");

    public override string Id => "jwt";

    public override IReadOnlyList<string> EntityTypes => Types;

    internal override void Scan(ReadOnlySpan<char> text, TextAnchors anchors, FindingList findings)
    {
        // Header, dot, payload, dot: at least 22 token characters in one run, which most texts lack.
        if (!anchors.HasTokenRun)
        {
            return;
        }
        var i = 0;
        while (i < text.Length)
        {
            var hit = text[i..].IndexOf("eyJ", StringComparison.Ordinal);
            if (hit < 0)
            {
                return;
            }
            var start = i + hit;
            i = start + 3;
            if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '-'))
            {
                continue;
            }
            var end = Match(text, start);
            if (end > 0)
            {
                findings.Add(EntityType.Jwt, start, end, Score);
                i = end;
            }
        }
    }

    /// <summary>Returns the end of header.payload.signature at <paramref name="start"/>, or 0.</summary>
    private static int Match(ReadOnlySpan<char> text, int start)
    {
        var headerLength = SecretText.RunOf(text, start, Base64UrlChars);
        var dot1 = start + headerLength;
        if (headerLength < MinSegment || dot1 + 1 >= text.Length || text[dot1] != '.' || !text[(dot1 + 1)..].StartsWith("eyJ", StringComparison.Ordinal))
        {
            return 0;
        }
        var payloadLength = SecretText.RunOf(text, dot1 + 1, Base64UrlChars);
        var dot2 = dot1 + 1 + payloadLength;
        if (payloadLength < MinSegment || dot2 >= text.Length || text[dot2] != '.')
        {
            return 0;
        }
        var end = dot2 + 1 + SecretText.RunOf(text, dot2 + 1, Base64UrlChars);
        // Signatures are base64url, but some producers pad them or use the standard alphabet.
        while (end < text.Length && text[end] is '=' or '+' or '/')
        {
            end += 1 + SecretText.RunOf(text, end + 1, Base64UrlChars);
        }
        if (end < text.Length && text[end] == '.')
        {
            return 0; // a fourth segment: JWE or something else entirely
        }
        return HeaderNamesAlg(text.Slice(start, Math.Min(headerLength, MaxHeaderChars))) ? end : 0;
    }

    /// <summary>Decodes the base64url header into a stack buffer and looks for the "alg" member.</summary>
    internal static bool HeaderNamesAlg(ReadOnlySpan<char> header)
    {
        // Only whole 4-character groups are decoded; a partial tail cannot hold the leading "alg".
        var usable = header.Length & ~3;
        Span<byte> encoded = stackalloc byte[MaxHeaderChars];
        for (var k = 0; k < usable; k++)
        {
            encoded[k] = (byte)header[k];
        }
        Span<byte> decoded = stackalloc byte[MaxHeaderChars / 4 * 3];
        if (Base64Url.DecodeFromUtf8(encoded[..usable], decoded, out _, out var written) != OperationStatus.Done)
        {
            return false;
        }
        var json = decoded[..written];
        return json.Length > 0 && json[0] == (byte)'{' && json.IndexOf("\"alg\""u8) >= 0;
    }
}
