using System.Buffers;

namespace StreamFilter.Core.Detection.Text;

/// <summary>
/// Shared judgements about candidate secret values: which characters a token may hold, and whether
/// a value is a placeholder rather than a credential.
/// </summary>
/// <remarks>
/// Placeholder policy (documented in docs/gitleaks-results.md): only values that cannot be a working
/// credential are skipped: masks (<c>****</c>, <c>xxxx</c>, one character repeated), template and
/// shell variables (<c>${VAR}</c>, <c>$VAR</c>, <c>{{var}}</c>, <c>%(var)s</c>, <c>&lt;password&gt;</c>),
/// redaction markers, and the AWS documentation example. Weak but real passwords such as
/// <c>changeme</c> or <c>admin</c> ARE reported: a default password in use is itself sensitive.
/// </remarks>
internal static class SecretText
{
    /// <summary>Characters of API tokens and base64/base64url blobs.</summary>
    public static readonly SearchValues<char> TokenChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");

    private static readonly SearchValues<string> PlaceholderWords = SearchValues.Create(
        ["EXAMPLE", "REDACTED", "PLACEHOLDER", "YOUR_", "YOUR-", "<YOUR", "INSERT", "REPLACE", "HERE"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Length of the run of <paramref name="chars"/> starting at <paramref name="start"/>.</summary>
    public static int RunOf(ReadOnlySpan<char> text, int start, SearchValues<char> chars)
    {
        var rest = text[start..];
        var n = rest.IndexOfAnyExcept(chars);
        return n < 0 ? rest.Length : n;
    }

    /// <summary>Longest identifier the key-word detectors consider; longer runs are blobs, not names.</summary>
    public const int MaxIdentifier = 64;

    /// <summary>
    /// The identifier of <paramref name="chars"/> around the key word at <paramref name="at"/>, or false
    /// when it is longer than <see cref="MaxIdentifier"/>. The bound keeps a base64 blob that happens
    /// to contain "key" or "pass" many times from being rescanned at every hit.
    /// </summary>
    public static bool TryIdentifierAround(ReadOnlySpan<char> text, int at, SearchValues<char> chars, out int start, out int end)
    {
        var from = Math.Max(0, at - MaxIdentifier);
        start = text[from..at].LastIndexOfAnyExcept(chars) + from + 1;
        var to = Math.Min(text.Length, at + MaxIdentifier);
        var run = text[at..to].IndexOfAnyExcept(chars);
        end = run < 0 ? to : at + run;
        return !(start == from && from > 0) && !(run < 0 && to < text.Length);
    }

    /// <summary>True for masks, template variables and documentation stand-ins.</summary>
    public static bool IsPlaceholder(ReadOnlySpan<char> value)
    {
        if (value.Length == 0)
        {
            return true;
        }
        var first = value[0];
        var last = value[^1];
        if (first is '$' or '%' || (first == '{' && value.Length > 1 && value[1] is '{' or '%')
            || (first == '<' && last == '>') || (first == '[' && last == ']'))
        {
            return true;
        }
        if (value.ContainsAny(PlaceholderWords))
        {
            return true;
        }
        return IsMostlyOneChar(value);
    }

    /// <summary>True when one character makes up over 60% of the value (xxxx, ****, 0000...AB).</summary>
    public static bool IsMostlyOneChar(ReadOnlySpan<char> value)
    {
        Span<int> counts = stackalloc int[129];
        var limit = value.Length * 3 / 5;
        foreach (var c in value)
        {
            if (++counts[c < 128 ? c : 128] > limit)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="identifier"/> (trailing digits and separators ignored) ends with one
    /// of <paramref name="words"/> that starts a name segment: "slackToken", "SLACK_TOKEN", "token2"
    /// end with "token"; "bypass", "mytoken" and "credentialsId" do not end with a key word.
    /// </summary>
    public static bool EndsWithKeyWord(ReadOnlySpan<char> identifier, ReadOnlySpan<string> words)
    {
        var core = identifier.TrimEnd("0123456789").TrimEnd("_-.");
        foreach (var word in words)
        {
            if (!core.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var s = core.Length - word.Length;
            if (s == 0 || !Chars.IsAsciiLetter(core[s - 1]) || Chars.IsUpper(core[s]) || (Chars.IsUpper(core[s - 1]) && Chars.IsUpper(core[^1])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many of lower case, upper case and digit classes <paramref name="value"/> mixes.</summary>
    public static int CharClasses(ReadOnlySpan<char> value)
    {
        var lower = value.ContainsAnyInRange('a', 'z') ? 1 : 0;
        var upper = value.ContainsAnyInRange('A', 'Z') ? 1 : 0;
        var digit = value.ContainsAnyInRange('0', '9') ? 1 : 0;
        return lower + upper + digit;
    }
}
