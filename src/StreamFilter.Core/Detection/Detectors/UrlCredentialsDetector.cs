using System.Buffers;
using System.Numerics;
using System.Collections.Frozen;
using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// Credentials carried in URLs: the user-info of <c>scheme://user:password@host</c> and the values
/// of secret-bearing query or fragment parameters (<c>?access_token=...</c>, <c>&amp;sig=...</c>).
/// Only the credential part is reported, so the rest of the URL stays usable training data.
/// Anchored on "://" and on '=' (single-value vectorized searches, far faster than a case-insensitive
/// multi-string search over two dozen parameter names); the name before '=' is then looked up.
/// </summary>
public sealed class UrlCredentialsDetector : AnchoredDetector
{
    internal const float UserInfoScore = 0.85f;
    internal const float ParameterScore = 0.8f;

    /// <summary>The bare "key" parameter is also used for cache and lookup keys, so it is weaker.</summary>
    internal const float WeakParameterScore = 0.6f;

    private const int MinParameterValue = 6;

    private static readonly IReadOnlyList<string> Types = [EntityType.UrlCredentials];

    /// <summary>Parameter names whose values are credentials; matched case-insensitively without allocating.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SecretParameters = new[]
    {
        "token", "access_token", "refresh_token", "id_token", "auth_token", "api_key", "apikey", "api-key", "key",
        "sig", "signature", "secret", "client_secret", "password", "passwd", "pwd", "x-amz-signature",
        "x-amz-security-token", "sessionid", "auth",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> NameChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");

    private const int MaxName = 24;

    /// <summary>Characters that end a URL component.</summary>
    private static readonly SearchValues<char> ValueEnd = SearchValues.Create(" \t\r\n\"'`<>()[]{}|\\^&#;,");

    /// <summary>Characters that end the authority part of a URL.</summary>
    private static readonly SearchValues<char> AuthorityEnd = SearchValues.Create(" \t\r\n\"'`<>()[]{}|\\^/?#");

    public override string Id => "url_credentials";

    public override IReadOnlyList<string> EntityTypes => Types;

    internal override void Scan(ReadOnlySpan<char> text, TextAnchors anchors, FindingList findings)
    {
        // Both anchors come from the shared masks: "://" is a colon before two slashes, and most
        // texts have neither it nor an '=', so they cost no search at all.
        var blocks = anchors.Blocks;
        var i = 0;
        for (var b = 0; b < blocks.Length; b++)
        {
            var slashes = blocks[b].Slash;
            var nextSlashes = b + 1 < blocks.Length ? blocks[b + 1].Slash : 0;
            var schemes = blocks[b].Colon & TextAnchors.Next(slashes, nextSlashes)
                & ((slashes >> 2) | (nextSlashes << 62));
            for (; schemes != 0; schemes &= schemes - 1)
            {
                var at = b * 64 + BitOperations.TrailingZeroCount(schemes);
                if (at >= i)
                {
                    i = MatchUserInfo(text, at, findings);
                }
            }
        }
        i = 0;
        for (var b = 0; b < blocks.Length; b++)
        {
            for (var equalSigns = blocks[b].EqualsSign; equalSigns != 0; equalSigns &= equalSigns - 1)
            {
                var equals = b * 64 + BitOperations.TrailingZeroCount(equalSigns);
                if (equals >= i)
                {
                    i = Math.Max(MatchParameter(text, equals, findings), equals + 1);
                }
            }
        }
    }

    /// <summary>user:password@ after "://"; returns where scanning resumes.</summary>
    private static int MatchUserInfo(ReadOnlySpan<char> text, int schemeEnd, FindingList findings)
    {
        if (schemeEnd == 0 || !Chars.IsAsciiLetter(text[schemeEnd - 1]))
        {
            return schemeEnd + 3;
        }
        var start = schemeEnd + 3;
        var rest = text[start..];
        var authorityLength = rest.IndexOfAny(AuthorityEnd);
        var authority = authorityLength < 0 ? rest : rest[..authorityLength];
        // The last '@' ends the user-info: passwords may hold an unescaped '@'.
        var atSign = authority.LastIndexOf('@');
        if (atSign <= 0)
        {
            return start;
        }
        var userInfo = authority[..atSign];
        var colon = userInfo.IndexOf(':');
        if (colon < 0 || colon == userInfo.Length - 1 || SecretText.IsPlaceholder(userInfo[(colon + 1)..]))
        {
            return start + atSign + 1;
        }
        findings.Add(EntityType.UrlCredentials, start, start + atSign, UserInfoScore);
        return start + atSign + 1;
    }

    /// <summary>A secret parameter value after '?', '&amp;', ';' or '#'; returns where scanning resumes.</summary>
    private static int MatchParameter(ReadOnlySpan<char> text, int equals, FindingList findings)
    {
        var from = Math.Max(0, equals - MaxName - 1);
        var nameStart = text[from..equals].LastIndexOfAnyExcept(NameChars) + from + 1;
        if (nameStart == equals || nameStart == 0 || text[nameStart - 1] is not ('?' or '&' or ';' or '#'))
        {
            return equals + 1;
        }
        var name = text[nameStart..equals];
        if (!SecretParameters.Contains(name))
        {
            return equals + 1;
        }
        var valueStart = equals + 1;
        var rest = text[valueStart..];
        var valueLength = rest.IndexOfAny(ValueEnd);
        var value = valueLength < 0 ? rest : rest[..valueLength];
        // A trailing sentence '.' is not part of the value.
        while (value.Length > 0 && value[^1] == '.')
        {
            value = value[..^1];
        }
        if (value.Length < MinParameterValue || SecretText.IsPlaceholder(value))
        {
            return valueStart;
        }
        var weak = name.Equals("key", StringComparison.OrdinalIgnoreCase);
        findings.Add(EntityType.UrlCredentials, valueStart, valueStart + value.Length, weak ? WeakParameterScore : ParameterScore);
        return valueStart + value.Length;
    }
}
