using System.Buffers;
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
    private static readonly string[] PasswordWords =
    [
        "password", "passwd", "passphrase", "passcode", "pincode", "pin_code", "pwd", "pass", "pw",
        // Other languages' words written in ASCII keys and config (Passwort, wachtwoord, senha, mot_de_passe...).
        "passwort", "kennwort", "wachtwoord", "contrasena", "senha", "motdepasse", "mot_de_passe", "salasana",
        "adgangskode", "passord", "losenord", "heslo", "haslo", "sifre", "jelszo",
    ];

    private static readonly string[] SecretWords =
    [
        "client_secret", "secret_key", "secretkey", "secret", "token", "api_key", "apikey", "api-key",
        "access_key", "accesskey", "private_key", "privatekey", "auth", "credential", "credentials", "authorization",
    ];

    /// <summary>What may follow a key word shorter than the search filter's four characters (declared before its use).</summary>
    private static readonly string[] ShortWordEndings = [" ", ":", "=", "\"", "'", "_"];

    /// <summary>
    /// One search finds the assignment key words and the ASCII words of <see cref="PasswordPhraseDetector"/>
    /// (a search pass costs as much as either detector's work after it). The vectorized filter in front
    /// of the search grows less precise with every word it holds, so it holds as few as find them all:
    /// see <see cref="SearchWords"/>.
    /// </summary>
    private static readonly KeywordSearch KeyWords = new(SearchWords(PasswordWords.Concat(SecretWords).ToArray(), PasswordPhraseDetector.AsciiKeyWords));

    /// <summary>
    /// Words to search for: an assignment word found inside another ("secret" in "client_secret") is
    /// enough, since the identifier around a hit is read whole; a phrase key is dropped only when another
    /// word starts it ("pass" for "passcode"), since the phrase is read from the hit.
    /// </summary>
    internal static string[] SearchWords(IReadOnlyList<string> assignmentWords, IReadOnlyList<string> phraseKeys)
    {
        var all = assignmentWords.Concat(phraseKeys).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        // Only a word of the filter's full width covers another: short ones are searched with a following
        // character ("pw:"), which "pwd=" does not start with.
        bool Covered(string word, bool inside) => all.Any(other => other.Length < word.Length && other.Length >= 4
            && (inside ? word.Contains(other, StringComparison.OrdinalIgnoreCase) : word.StartsWith(other, StringComparison.OrdinalIgnoreCase)));
        // The filter reads four characters: a shorter word accepts anything after it and lets through
        // most of the text ("pw" in every "pwm", "pin" in "ping"), so it is searched with what follows a key.
        return all.Where(w => !(assignmentWords.Contains(w, StringComparer.OrdinalIgnoreCase) ? Covered(w, inside: true) : Covered(w, inside: false)))
            .SelectMany(w => w.Length >= 4 ? [w] : ShortWordEndings.Select(end => w + end))
            .ToArray();
    }

    private static readonly string[] AuthSchemes = ["Bearer", "Basic", "Token", "Digest", "Bot", "ApiKey", "SSWS"];

    private static readonly SearchValues<char> IdentifierChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-");

    private static readonly SearchValues<char> BareValueEnd = SearchValues.Create(" \t\r\n,;()[]{}\"'`<>");

    /// <summary>In a URL query ("?password=x&amp;next=y") an '&amp;' also ends a value.</summary>
    private static readonly SearchValues<char> QueryValueEnd = SearchValues.Create(" \t\r\n,;()[]{}&\"'`<>#");

    private static readonly SearchValues<char> LineEnd = SearchValues.Create("\r\n");

    /// <summary>Connection-string values ("Password=P@ss word!;Database=x") run to the ';'.</summary>
    private static readonly SearchValues<char> ConnectionValueEnd = SearchValues.Create(";\r\n\"'");

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
            var entity = IsAttachedShortOption(text[idStart..idEnd]) || IsProsePass(text, idStart, idEnd) ? null : KeyEntity(text[idStart..idEnd]);
            if (entity is not null && TryValue(text, idStart, idEnd, entity, out var start, out var end, out var score))
            {
                findings.Add(entity, start, end, score);
                i = end;
            }
            else if (PasswordPhraseDetector.TryAt(text, at, findings, out var phraseEnd))
            {
                i = Math.Max(i, phraseEnd);
            }
        }
    }

    /// <summary>
    /// "-pArch1vePw": a one-dash option with its value glued on (7z, mysql), not a flag named after a
    /// key word; one-dash flags that are names ("-storepass", PowerShell's "-ClientSecret") hold letters only.
    /// </summary>
    private static bool IsAttachedShortOption(ReadOnlySpan<char> identifier) =>
        identifier.Length > 2 && identifier[0] == '-' && identifier[1] != '-'
        && identifier[1..].IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_") >= 0;

    /// <summary>
    /// "First pass: determine ...", "a second pass = ...": the bare English word "pass" after another
    /// word of prose is a noun, not a key; "pass:", "db_pass=" and "dbPass" still are.
    /// </summary>
    private static bool IsProsePass(ReadOnlySpan<char> text, int idStart, int idEnd) =>
        idEnd - idStart == 4 && text[idStart..idEnd].Equals("pass", StringComparison.OrdinalIgnoreCase)
        && idStart >= 2 && text[idStart - 1] == ' ' && char.IsLetter(text[idStart - 2]);

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

    /// <summary>How the text around a key says its value ends.</summary>
    private enum ValueShape
    {
        /// <summary>Code, prose, flags: the value is one bare word.</summary>
        Word,

        /// <summary>A URL query parameter: '&amp;' and '#' end the value too.</summary>
        Query,

        /// <summary>A YAML, .env, ini or properties line: the value is the rest of the line.</summary>
        Line,

        /// <summary>A connection string ("Server=x;Password=y;"): the value runs to the ';'.</summary>
        Connection,
    }

    private static bool TryValue(ReadOnlySpan<char> text, int idStart, int idEnd, string entity, out int start, out int end, out float score)
    {
        start = end = 0;
        score = 0;
        var p = idEnd;
        var isFlag = text[idStart] == '-';
        var isXml = idStart > 0 && text[idStart - 1] == '<';
        var keyQuoted = false;
        // A closing quote of a JSON/YAML key, possibly escaped inside a JSON string.
        var escapedKey = p + 1 < text.Length && text[p] == '\\' && text[p + 1] == '"';
        if (escapedKey)
        {
            p += 2;
            keyQuoted = true;
        }
        else if (p < text.Length && text[p] is '"' or '\'' or '`')
        {
            p++;
            keyQuoted = true;
        }
        if (keyQuoted && TryPairedValue(text, idStart, p, out start, out end))
        {
            // <add key="Password" value="..."/>, {"name": "password", "value": "..."}
            var paired = text[start..end];
            if (!IsCredential(text, paired, end, quoted: true, '=', entity))
            {
                return false;
            }
            score = entity == EntityType.Password ? PasswordScore : QuotedScore;
            return true;
        }
        var opAt = p;
        var op = Operator(text, ref p, isFlag, isXml);
        if (op == 0 || IsDocumentationField(text, idStart))
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
        var escapedQuote = quote == '\0' && text[p] == '\\' && p + 1 < text.Length && text[p + 1] == '"';
        if (escapedQuote)
        {
            quote = '"';
            p++;
        }
        ReadOnlySpan<char> value;
        if (quote != '\0')
        {
            value = QuotedValue(text, p + 1, quote, escapedQuote);
            start = p + 1;
        }
        else
        {
            // "key: value" in YAML has no space before the ':' ("Pass :meth:`peek`" is prose).
            var shape = isXml || isFlag || keyQuoted || (op == ':' && text[opAt] != ':') ? ValueShape.Word : ShapeOf(text, idStart, op);
            value = BareValue(text, p, isXml, shape, out start);
            if (shape == ValueShape.Line && value.ContainsAny(' ', '\t') && !IsLinePassphrase(value, entity))
            {
                // Tokens have no spaces, and a line of prose after "token:" is not a value: its first word is judged.
                var space = value.IndexOfAny(' ', '\t');
                value = value[..space];
            }
        }
        // `...` holding a space is shell command substitution, not a literal.
        if (value.Length == 0 || (quote == '`' && value.ContainsAny(' ', '\t')))
        {
            return false;
        }
        end = start + value.Length;
        if (!IsCredential(text, value, end, quote != '\0', op, entity))
        {
            return false;
        }
        score = entity == EntityType.Password ? PasswordScore : quote != '\0' ? QuotedScore : BareScore;
        return true;
    }

    /// <summary>
    /// What kind of assignment the key at <paramref name="idStart"/> makes: a key alone at the start of
    /// its line (YAML, .env, ini) owns the rest of the line; after a '?' or '&amp;' it is a query parameter;
    /// after a ';' it is a connection-string keyword.
    /// </summary>
    private static ValueShape ShapeOf(ReadOnlySpan<char> text, int idStart, char op)
    {
        if (op is not (':' or '='))
        {
            return ValueShape.Word;
        }
        var lineStart = text[..idStart].LastIndexOfAny(LineEnd) + 1;
        var before = text[lineStart..idStart].TrimEnd(' ');
        if (before.Length > 0 && before[^1] is '?' or '&' or '#')
        {
            return ValueShape.Query;
        }
        if (before.Length > 0 && before[^1] == ';' && op == '=')
        {
            return ValueShape.Connection;
        }
        // Indentation, a YAML list dash, or a shell's "export"/"set" may come before the key.
        before = before.Trim(" \t");
        if (before.StartsWith("export", StringComparison.Ordinal) || before.StartsWith("set", StringComparison.OrdinalIgnoreCase))
        {
            before = before[(before.StartsWith("export", StringComparison.Ordinal) ? 6 : 3)..].Trim(" \t");
        }
        return before.Length == 0 || before is "-" ? ValueShape.Line : ValueShape.Word;
    }

    /// <summary>
    /// A key given as data beside its value: after <c>key=</c>/<c>name=</c> (XML attributes) or
    /// <c>"key":</c>/<c>"name":</c> (JSON), the quoted string after the following <c>value</c> on the same line.
    /// </summary>
    private static bool TryPairedValue(ReadOnlySpan<char> text, int idStart, int afterKey, out int start, out int end)
    {
        start = end = 0;
        if (idStart < 6)
        {
            return false;
        }
        var before = text[Math.Max(0, idStart - 12)..(idStart - 1)].TrimEnd(' ');
        if (before.Length == 0 || before[^1] is not ('=' or ':'))
        {
            return false;
        }
        before = before[..^1].TrimEnd(' ').TrimEnd('"');
        if (!before.EndsWith("key", StringComparison.OrdinalIgnoreCase) && !before.EndsWith("name", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var window = text[afterKey..Math.Min(text.Length, afterKey + 48)];
        var at = window.IndexOf("value", StringComparison.OrdinalIgnoreCase);
        if (at < 0 || window[..at].ContainsAny(LineEnd))
        {
            return false;
        }
        var p = afterKey + at + 5;
        if (p < text.Length && text[p] == '"')
        {
            p++;
        }
        while (p < text.Length && text[p] is ' ' or '\t')
        {
            p++;
        }
        if (p >= text.Length || text[p] is not ('=' or ':'))
        {
            return false;
        }
        p++;
        while (p < text.Length && text[p] is ' ' or '\t')
        {
            p++;
        }
        if (p >= text.Length || text[p] is not ('"' or '\''))
        {
            return false;
        }
        var value = QuotedValue(text, p + 1, text[p], escaped: false);
        start = p + 1;
        end = start + value.Length;
        return value.Length > 0;
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

    /// <summary>
    /// The value up to its closing quote on the same line. A backslash escapes the next character
    /// (JSON "a\"b" is one value); inside an escaped JSON string (<paramref name="escaped"/>) the
    /// closing quote is itself written \".
    /// </summary>
    private static ReadOnlySpan<char> QuotedValue(ReadOnlySpan<char> text, int start, char quote, bool escaped)
    {
        var rest = text[start..Math.Min(text.Length, start + MaxValue)];
        for (var i = 0; i < rest.Length; i++)
        {
            var c = rest[i];
            if (c is '\n' or '\r')
            {
                return [];
            }
            if (c == '\\' && quote != '\'')
            {
                if (escaped && i + 1 < rest.Length && rest[i + 1] == quote)
                {
                    return rest[..i];
                }
                i++;
                continue;
            }
            if (c == quote)
            {
                return rest[..i];
            }
        }
        return [];
    }

    private static ReadOnlySpan<char> BareValue(ReadOnlySpan<char> text, int start, bool isXml, ValueShape shape, out int valueStart)
    {
        valueStart = start;
        var rest = text[start..Math.Min(text.Length, start + MaxValue)];
        ReadOnlySpan<char> value;
        if (isXml)
        {
            // Element content ends at the closing tag; "<password> ssh host" with none is not XML.
            var close = rest.IndexOf("</", StringComparison.Ordinal);
            value = close < 0 ? [] : rest[..close];
        }
        else if (shape == ValueShape.Line)
        {
            value = LineValue(text, start, rest, out valueStart);
        }
        else if (shape == ValueShape.Connection && rest.Length > 0 && rest[0] == '{')
        {
            // ODBC quotes a value holding ';' in braces: Pwd={a;b}
            var close = rest.IndexOf('}');
            valueStart = start + 1;
            value = close < 0 ? [] : rest[1..close];
        }
        else
        {
            var stop = rest.IndexOfAny(shape switch
            {
                ValueShape.Query => QueryValueEnd,
                ValueShape.Connection => ConnectionValueEnd,
                _ => BareValueEnd,
            });
            value = stop < 0 ? rest : rest[..stop];
            // A form body or fragment without its '?': "token=x&state=y" ends at the next "&key=".
            var pair = NextConnectionPair(value);
            if (pair >= 0)
            {
                value = value[..pair];
            }
        }
        if (shape is ValueShape.Word or ValueShape.Query)
        {
            while (value.Length > 0 && value[^1] is '.' or '\\')
            {
                value = value[..^1];
            }
        }
        return value.TrimEnd(" \t");
    }

    /// <summary>
    /// The rest of a YAML/.env/ini line as one value, whatever it holds ('&amp;', '#', quotes, spaces):
    /// only a " #" comment and a following ";Key=" connection-string pair end it. A block scalar
    /// (<c>password: |</c>) gives its first line. Code (<c>password = getenv("PW")</c>) gives its
    /// first word, which the call and member-access rules then judge.
    /// </summary>
    private static ReadOnlySpan<char> LineValue(ReadOnlySpan<char> text, int start, ReadOnlySpan<char> rest, out int valueStart)
    {
        valueStart = start;
        var eol = rest.IndexOfAny(LineEnd);
        var line = eol < 0 ? rest : rest[..eol];
        if (line is "|" or "|-" or "|+" or ">" or ">-" or ">+" && eol >= 0)
        {
            var next = start + eol;
            while (next < text.Length && text[next] is '\r' or '\n' or ' ' or '\t')
            {
                next++;
            }
            var nextRest = text[next..Math.Min(text.Length, next + MaxValue)];
            var nextEol = nextRest.IndexOfAny(LineEnd);
            valueStart = next;
            return (nextEol < 0 ? nextRest : nextRest[..nextEol]).TrimEnd(" \t");
        }
        var comment = line.IndexOf(" #", StringComparison.Ordinal);
        if (comment >= 0)
        {
            line = line[..comment];
        }
        var pair = NextConnectionPair(line);
        if (pair >= 0)
        {
            line = line[..pair];
        }
        line = line.TrimEnd(" \t");
        var firstStop = line.IndexOfAny(BareValueEnd);
        if (firstStop >= 0 && LooksLikeCode(line, firstStop))
        {
            return line[..firstStop];
        }
        // A keyword argument on its own line ("password=None,", "key_password=key_password,").
        return line.Length > 0 && line[^1] is ',' or ';' or ')' or '{' ? line[..(firstStop >= 0 ? firstStop : line.Length - 1)] : line;
    }

    /// <summary>
    /// ":param password: the password" and "@param token the token": a docstring field names the
    /// parameter it documents; its text is a description.
    /// </summary>
    private static bool IsDocumentationField(ReadOnlySpan<char> text, int idStart)
    {
        var before = text[Math.Max(0, idStart - 8)..idStart];
        return before.EndsWith(":param ", StringComparison.Ordinal) || before.EndsWith(":type ", StringComparison.Ordinal)
            || before.EndsWith("@param ", StringComparison.Ordinal) || before.EndsWith(":arg ", StringComparison.Ordinal);
    }

    /// <summary>
    /// An unquoted YAML/.env password with spaces ("password: Blue42 sky (old)"): at most four words,
    /// none after the first a prose word, so "id-token: write to your workflow permissions" stays prose.
    /// </summary>
    private static bool IsLinePassphrase(ReadOnlySpan<char> value, string entity)
    {
        if (entity != EntityType.Password)
        {
            return false;
        }
        var words = 0;
        foreach (var range in value.SplitAny(' ', '\t'))
        {
            var word = value[range];
            if (word.IsEmpty)
            {
                continue;
            }
            if (++words > 4 || (words > 1 && SecretProse.IsDescription(word.Trim("()[],.'\"!?"))))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The position of a ';' or '&amp;' followed by "key=" (the next keyword of a connection string, the
    /// next field of a form body "token=x&amp;state=y"), or -1.
    /// </summary>
    private static int NextConnectionPair(ReadOnlySpan<char> line)
    {
        for (var i = line.IndexOfAny(';', '&'); i >= 0; i = line[(i + 1)..].IndexOfAny(';', '&') is var n and >= 0 ? i + 1 + n : -1)
        {
            var after = line[(i + 1)..].TrimStart(' ');
            var name = after.IndexOfAnyExcept(IdentifierChars);
            if (name > 0 && after[name..].TrimStart(' ') is [ '=', .. ])
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>A call, an index or an operator after the first word: an expression in code, not a literal.</summary>
    private static bool LooksLikeCode(ReadOnlySpan<char> line, int firstStop)
    {
        var c = line[firstStop];
        if (c is '(' or '[')
        {
            return true;
        }
        var rest = line[firstStop..];
        if (rest.StartsWith(", ", StringComparison.Ordinal))
        {
            return true; // an argument list: "password, scope=scope, **kwargs)"
        }
        return rest.StartsWith(" + ", StringComparison.Ordinal) || rest.StartsWith(" or ", StringComparison.Ordinal)
            || rest.StartsWith(" || ", StringComparison.Ordinal) || rest.StartsWith(" ?? ", StringComparison.Ordinal)
            || rest.StartsWith(" if ", StringComparison.Ordinal) || rest.StartsWith(" ? ", StringComparison.Ordinal)
            || rest.StartsWith(" && ", StringComparison.Ordinal) || rest.StartsWith(";", StringComparison.Ordinal);
    }

    private static bool IsCredential(ReadOnlySpan<char> text, ReadOnlySpan<char> value, int end, bool quoted, char op, string entity)
    {
        // ":py:data:", ":class:" (reStructuredText roles) and Ruby symbols are not literals.
        if (SecretText.IsPlaceholder(value) || IsNotValue(value) || value[0] == ':' || (!quoted && SecretProse.IsInflectedWord(value)))
        {
            return false;
        }
        // A line value of several words that opens with prose ("Password: reset it in the portal").
        var space = value.IndexOfAny(' ', '\t');
        if (!quoted && space > 0 && IsNotValue(value[..space]))
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

    /// <summary>
    /// A word that describes or types the field instead of filling it, or the key's own name as its
    /// value ("password: password", "-u username:token"): a template, not a secret.
    /// </summary>
    internal static bool IsNotValue(ReadOnlySpan<char> value) =>
        SecretProse.IsDescription(value)
        || (KeyEntity(value) is not null && value.Length <= 16 && !value.ContainsAnyInRange('0', '9') && !value.ContainsAny(' ', '\t'));

    /// <summary>config.password, os.environ, self.token: letters and dots only, at least one dot.</summary>
    private static bool IsMemberAccess(ReadOnlySpan<char> value) =>
        value.Contains('.') && value.IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.") < 0;
}
