using System.Buffers;
using System.Numerics;
using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// Passwords passed as <c>user:password</c> to a command-line user option (<c>curl -u elastic:P@ss</c>,
/// <c>--user 'api:key'</c>, <c>--user=admin:pw</c>). Anchored on "-u", which both spellings contain,
/// with one vectorized search; the password after the first ':' is reported as PASSWORD.
/// Numeric pairs (<c>docker run -u 1000:1000</c>, user and group ids) and shell variables are skipped.
/// </summary>
public sealed class CommandLineCredentialsDetector : AnchoredDetector
{
    internal const float Score = 0.8f;

    private static readonly IReadOnlyList<string> Types = [EntityType.Password];

    private static readonly SearchValues<char> ValueEnd = SearchValues.Create(" \t\r\n\"'`;|&<>()");

    public override string Id => "command_line_credentials";

    public override IReadOnlyList<string> EntityTypes => Types;

    /// <summary>
    /// The first "-u" at or after <paramref name="from"/>, or -1: a dash from the anchors' masks with
    /// a 'u' after it, so texts without dashes cost no search.
    /// </summary>
    private static int NextUserOption(ReadOnlySpan<char> text, TextAnchors anchors, int from)
    {
        var blocks = anchors.Blocks;
        for (var b = from / 64; b < blocks.Length; b++)
        {
            var dashes = blocks[b].Dash;
            if (b * 64 < from)
            {
                dashes &= ulong.MaxValue << (from - b * 64);
            }
            for (; dashes != 0; dashes &= dashes - 1)
            {
                var at = b * 64 + BitOperations.TrailingZeroCount(dashes);
                if (at + 1 < text.Length && text[at + 1] == 'u')
                {
                    return at;
                }
            }
        }
        return -1;
    }

    /// <summary>
    /// At a "-u" hit: " -u" or " --user" standing alone, followed by ' ', '=', or a quote; gives the
    /// position just after the option name.
    /// </summary>
    private static bool TryOptionEnd(ReadOnlySpan<char> text, int at, out int end)
    {
        end = 0;
        var dashes = at > 0 && text[at - 1] == '-' ? at - 1 : at;
        if (dashes == 0 || text[dashes - 1] is not (' ' or '\t'))
        {
            return false;
        }
        var nameEnd = dashes < at ? (text[(at + 1)..].StartsWith("user", StringComparison.Ordinal) ? at + 5 : -1) : at + 2;
        if (nameEnd < 0 || nameEnd >= text.Length || text[nameEnd] is not (' ' or '=' or '\'' or '"'))
        {
            return false;
        }
        end = nameEnd;
        return true;
    }

    internal override void Scan(ReadOnlySpan<char> text, TextAnchors anchors, FindingList findings)
    {
        var i = 0;
        while (i < text.Length)
        {
            var at = NextUserOption(text, anchors, i);
            if (at < 0)
            {
                return;
            }
            i = at + 2;
            if (!TryOptionEnd(text, at, out var p))
            {
                continue;
            }
            while (p < text.Length && text[p] is ' ' or '=')
            {
                p++;
            }
            i = p;
            if (p >= text.Length)
            {
                return;
            }
            var quote = text[p] is '\'' or '"' ? text[p] : '\0';
            var start = quote == '\0' ? p : p + 1;
            var rest = text[start..];
            var length = quote == '\0' ? rest.IndexOfAny(ValueEnd) : rest.IndexOfAny(quote, '\n');
            var value = length < 0 ? rest : rest[..length];
            var colon = value.IndexOf(':');
            if (colon < 0 || colon == value.Length - 1)
            {
                continue;
            }
            var user = value[..colon];
            var password = value[(colon + 1)..];
            // "user:password", "username:token": the documentation's stand-ins, not credentials.
            if ((user.Length > 0 && user[0] == '$') || SecretText.IsPlaceholder(password)
                || SecretAssignmentDetector.KeyEntity(password) is not null
                || (user.IndexOfAnyExceptInRange('0', '9') < 0 && password.IndexOfAnyExceptInRange('0', '9') < 0))
            {
                continue;
            }
            var from = start + colon + 1;
            findings.Add(EntityType.Password, from, from + password.Length, Score);
            i = from + password.Length;
        }
    }
}
