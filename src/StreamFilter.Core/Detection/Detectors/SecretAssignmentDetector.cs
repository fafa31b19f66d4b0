using System.Buffers;
using System.Collections.Frozen;
using StreamFilter.Core.Detection.Text;
using StreamFilter.Core.Detection.Validation;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// Secrets written as assignments in config, code, shells and prose: an identifier ENDING in a key
/// word (<c>password</c>, <c>DB_PASSWD</c>, <c>client_secret</c>, <c>slackToken</c>, <c>X-Api-Key</c>,
/// <c>--password</c>) followed by <c>=</c>, <c>:</c>, <c>:=</c>, <c>=&gt;</c>, <c>is</c> or an XML
/// element, then a quoted or bare value. Only the value is reported: PASSWORD for password-like
/// keys, GENERIC_SECRET for the rest. Key words are found by one vectorized multi-string search.
/// </summary>
/// <remarks>
/// Skipped as not being credentials: comparisons (<c>==</c>, <c>!=</c>), calls and member access
/// (<c>password = getPassword()</c>, <c>token = config.token</c>), type annotations
/// (<c>token: string</c>), key words inside longer names (<c>max_tokens</c>, <c>bypass</c>,
/// <c>password_hash</c>) and placeholders (see <see cref="SecretText.IsPlaceholder"/>).
/// </remarks>
public sealed class SecretAssignmentDetector : AnchoredDetector
{
    internal const float PasswordScore = 0.8f;
    internal const float QuotedScore = 0.75f;
    internal const float BareScore = 0.7f;

    private const int MaxValue = 256;

    private static readonly IReadOnlyList<string> Types = [EntityType.Password, EntityType.GenericSecret];

    /// <summary>Password-like key words first: a key ending in one of them yields PASSWORD.</summary>
    private static readonly string[] PasswordWords = ["password", "passwd", "passphrase", "pwd", "pass"];

    private static readonly string[] SecretWords =
    [
        "client_secret", "secret_key", "secretkey", "secret", "token", "api_key", "apikey", "api-key",
        "access_key", "accesskey", "private_key", "privatekey", "auth", "credential", "credentials", "authorization",
    ];

    private static readonly KeywordSearch KeyWords = new([.. PasswordWords, .. SecretWords]);

    private static readonly string[] AuthSchemes = ["Bearer", "Basic", "Token", "Digest", "Bot", "ApiKey", "SSWS"];

    private static readonly SearchValues<char> IdentifierChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-");

    private static readonly SearchValues<char> BareValueEnd = SearchValues.Create(" \t\r\n,;()[]{}&\"'`<>");

    /// <summary>Words that, as a value, describe or type the field rather than fill it.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotValues = new[]
    {
        "string", "str", "bool", "boolean", "int", "number", "text", "any", "none", "null", "nil", "true", "false",
        "undefined", "required", "optional", "hidden", "empty", "missing", "invalid", "incorrect", "wrong",
        "expired", "correct", "valid", "the", "not", "set", "reset", "changed", "stored", "same", "different",
        "too", "being", "still", "now", "also", "only", "used", "needed", "sent", "here", "below", "above",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public override string Id => "secret_assignment";

    public override IReadOnlyList<string> EntityTypes => Types;

    internal override void Scan(ReadOnlySpan<char> text, TextAnchors anchors, FindingList findings)
    {
        var i = 0;
        while (i < text.Length)
        {
            var at = KeyWords.IndexOfAny(text, anchors, i);
            if (at < 0)
            {
                return;
            }
            if (!SecretText.TryIdentifierAround(text, at, IdentifierChars, out var idStart, out var idEnd))
            {
                i = at + 1;
                continue;
            }
            i = Math.Max(idEnd, at + 1);
            var entity = KeyEntity(text[idStart..idEnd]);
            if (entity is not null && TryValue(text, idStart, idEnd, entity, out var start, out var end, out var score))
            {
                findings.Add(entity, start, end, score);
                i = end;
            }
        }
    }

    /// <summary>The entity for an identifier that ends in a key word (digits may follow: token2).</summary>
    internal static string? KeyEntity(ReadOnlySpan<char> identifier)
    {
        // Public keys and public tokens are published on purpose.
        if (identifier.Contains("public", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (SecretText.EndsWithKeyWord(identifier, PasswordWords))
        {
            return EntityType.Password;
        }
        return SecretText.EndsWithKeyWord(identifier, SecretWords) ? EntityType.GenericSecret : null;
    }

    private static bool TryValue(ReadOnlySpan<char> text, int idStart, int idEnd, string entity, out int start, out int end, out float score)
    {
        start = end = 0;
        score = 0;
        var p = idEnd;
        var isFlag = text[idStart] == '-';
        var isXml = idStart > 0 && text[idStart - 1] == '<';
        // A closing quote of a JSON/YAML key, possibly escaped inside a JSON string.
        if (p < text.Length && text[p] == '\\' && p + 1 < text.Length && text[p + 1] == '"')
        {
            p += 2;
        }
        else if (p < text.Length && text[p] is '"' or '\'' or '`')
        {
            p++;
        }
        var op = Operator(text, ref p, isFlag, isXml);
        if (op == 0)
        {
            return false;
        }
        while (p < text.Length && text[p] is ' ' or '\t')
        {
            p++;
        }
        if (p >= text.Length)
        {
            return false;
        }
        p = SkipAuthScheme(text, p);
        var quote = text[p] is '"' or '\'' or '`' ? text[p] : '\0';
        if (quote == '\0' && text[p] == '\\' && p + 1 < text.Length && text[p + 1] == '"')
        {
            quote = '"';
            p++;
        }
        var value = quote != '\0' ? QuotedValue(text, p + 1, quote) : BareValue(text, p, isXml);
        // `...` holding a space is shell command substitution, not a literal.
        if (value.Length == 0 || (quote == '`' && value.ContainsAny(' ', '\t')))
        {
            return false;
        }
        start = quote != '\0' ? p + 1 : p;
        end = start + value.Length;
        if (!IsCredential(text, value, end, quote != '\0', op, entity))
        {
            return false;
        }
        score = entity == EntityType.Password ? PasswordScore : quote != '\0' ? QuotedScore : BareScore;
        return true;
    }

    /// <summary>"Authorization: Bearer abc" and "Basic abc": the credential follows the scheme word.</summary>
    private static int SkipAuthScheme(ReadOnlySpan<char> text, int p)
    {
        foreach (var scheme in AuthSchemes)
        {
            var after = p + scheme.Length;
            if (after < text.Length && text[after] == ' ' && text[p..].StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                while (after < text.Length - 1 && text[after] == ' ')
                {
                    after++;
                }
                return after;
            }
        }
        return p;
    }

    /// <summary>Consumes the assignment operator; returns it ('=', ':', 'i' for "is", '>' for XML, ' ' for a flag) or 0.</summary>
    private static char Operator(ReadOnlySpan<char> text, ref int p, bool isFlag, bool isXml)
    {
        if (isXml)
        {
            return p < text.Length && text[p] == '>' ? text[p++] : '\0';
        }
        var ws = p;
        while (p < text.Length && text[p] is ' ' or '\t')
        {
            p++;
        }
        if (p >= text.Length)
        {
            return '\0';
        }
        var rest = text[p..];
        if (rest.StartsWith(":=") || rest.StartsWith("=>") || rest.StartsWith("?=") || rest.StartsWith("+="))
        {
            p += 2;
            return '=';
        }
        if (rest[0] is '=' or ':')
        {
            // "==" compares, "::" is a scope, "=~" matches.
            if (rest.Length > 1 && rest[1] is '=' or ':' or '~')
            {
                return '\0';
            }
            p++;
            return rest[0];
        }
        if (p > ws && rest.Length > 3 && (rest[0] | 0x20) == 'i' && (rest[1] | 0x20) == 's' && rest[2] is ' ' or '\t')
        {
            p += 3;
            return 'i';
        }
        return isFlag && p > ws ? ' ' : '\0';
    }

    private static ReadOnlySpan<char> QuotedValue(ReadOnlySpan<char> text, int start, char quote)
    {
        var rest = text[start..Math.Min(text.Length, start + MaxValue)];
        var close = rest.IndexOfAny(quote, '\n');
        if (close <= 0 || rest[close] == '\n')
        {
            return [];
        }
        var value = rest[..close];
        // JSON-escaped closing quote: \"secret\"
        return value[^1] == '\\' ? value[..^1] : value;
    }

    private static ReadOnlySpan<char> BareValue(ReadOnlySpan<char> text, int start, bool isXml)
    {
        var rest = text[start..Math.Min(text.Length, start + MaxValue)];
        var stop = isXml ? rest.IndexOf('<') : rest.IndexOfAny(BareValueEnd);
        var value = stop < 0 ? rest : rest[..stop];
        while (value.Length > 0 && value[^1] is '.' or '\\')
        {
            value = value[..^1];
        }
        return value;
    }

    private static bool IsCredential(ReadOnlySpan<char> text, ReadOnlySpan<char> value, int end, bool quoted, char op, string entity)
    {
        // The key's own name as its value ("password: password") is a template, not a secret.
        if (SecretText.IsPlaceholder(value) || NotValues.Contains(value)
            || (KeyEntity(value) is not null && value.Length <= 16 && !value.ContainsAnyInRange('0', '9')))
        {
            return false;
        }
        if (!quoted)
        {
            // A call, a member access or an index: code, not a literal.
            if ((end < text.Length && text[end] is '(' or '[') || IsMemberAccess(value))
            {
                return false;
            }
        }
        if (op == 'i' && value.Length < 6)
        {
            return false;
        }
        if (entity == EntityType.Password)
        {
            return value.Length >= 4;
        }
        // Tokens and keys are long and rarely plain words; bare ones nearly always carry a digit.
        if (value.Length < 8)
        {
            return false;
        }
        return quoted
            ? SecretText.CharClasses(value) >= 2 || ShannonEntropy.BitsPerChar(value) >= 3.0
            : value.ContainsAnyInRange('0', '9');
    }

    /// <summary>config.password, os.environ, self.token: letters and dots only, at least one dot.</summary>
    private static bool IsMemberAccess(ReadOnlySpan<char> value) =>
        value.Contains('.') && value.IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.") < 0;
}
