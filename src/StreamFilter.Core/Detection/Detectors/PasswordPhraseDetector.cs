using System.Buffers;
using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// Passwords, PINs and codes said in words, in chat, prompts and notes: "my password for the VPN is
/// Blue42sky", "the wifi password is sunshine", "pw: hunter22", "PIN 4821", "mein Passwort ist Sonne123",
/// "la contraseña es Gato2020", "密码是abc123". A password word of <see cref="PasswordPhrases"/>, at
/// most six words naming what it opens ("for the VPN"), a linking word or sign (<c>is</c>, <c>:</c>,
/// <c>=</c>, <c>—</c>), then the value: one word, or a quoted phrase. Only the value is reported.
/// </summary>
/// <remarks>
/// Prose that describes a password instead of giving it ("the password is too short", "ist falsch",
/// "is being reset") is told apart by <see cref="SecretProse"/>; placeholders by
/// <see cref="SecretText.IsPlaceholder"/>. ASCII key words are found by the vectorized key-word pass of
/// <see cref="SecretAssignmentDetector"/> (one pass for both); keys in other scripts by the runtime's
/// case-insensitive search, only in texts that hold non-ASCII characters.
/// </remarks>
public sealed class PasswordPhraseDetector : AnchoredDetector
{
    internal const float Score = 0.8f;

    private const int MaxFillerWords = 6;
    private const int MaxValue = 64;

    private static readonly IReadOnlyList<string> Types = [EntityType.Password];

    /// <summary>Longest first, so "pin code" wins over "pin" and "passwort" is not read as "pass".</summary>
    private static readonly PasswordPhraseKey[] Keys = [.. PasswordPhrases.All.OrderByDescending(k => k.Word.Length)];


    private static readonly SearchValues<char> OpenQuotes = SearchValues.Create("\"'`“‘«„「『");

    private static readonly SearchValues<char> TrailingPunctuation = SearchValues.Create(".,;:)]}\"'`”’»?…」』");

    public override string Id => "password_phrase";

    public override IReadOnlyList<string> EntityTypes => Types;

    /// <summary>The ASCII key words, searched for by <see cref="SecretAssignmentDetector"/>'s one key-word pass.</summary>
    internal static IReadOnlyList<string> AsciiKeyWords { get; } = Keys.Where(k => System.Text.Ascii.IsValid(k.Word)).Select(k => k.Word).ToArray();

    /// <summary>Keys in other scripts, searched for here only when a text holds non-ASCII characters.</summary>
    private static readonly SearchValues<string> NonAsciiKeys =
        SearchValues.Create(Keys.Where(k => !System.Text.Ascii.IsValid(k.Word)).Select(k => k.Word).ToArray(), StringComparison.OrdinalIgnoreCase);

    internal override void Scan(ReadOnlySpan<char> text, TextAnchors anchors, FindingList findings)
    {
        // ASCII keys ("password", "Passwort", "pw") come through SecretAssignmentDetector's search.
        if (!anchors.HasNonAscii)
        {
            return;
        }
        var i = 0;
        while (i < text.Length)
        {
            var hit = text[i..].IndexOfAny(NonAsciiKeys);
            if (hit < 0)
            {
                return;
            }
            var at = i + hit;
            i = TryAt(text, at, findings, out var end) ? end : at + 1;
        }
    }

    /// <summary>
    /// A password phrase whose key starts at <paramref name="at"/>: reports its value and gives its end.
    /// Called for ASCII keys by <see cref="SecretAssignmentDetector"/>, which finds them in its own pass.
    /// </summary>
    internal static bool TryAt(ReadOnlySpan<char> text, int at, FindingList findings, out int end)
    {
        end = 0;
        // Every ASCII key starts a word; only the glued (CJK, Thai) keys may follow a letter.
        if (text[at] < 128 && !Chars.IsWordStart(text, at))
        {
            return false;
        }
        var key = KeyAt(text[at..]);
        if (key is null || (!key.Glued && !Chars.IsWordStart(text, at)))
        {
            return false;
        }
        var keyEnd = at + key.Word.Length;
        // "passwords are", "pinned": a longer word.
        if (!key.Glued && !Chars.IsWordEnd(text, keyEnd))
        {
            return false;
        }
        if (!TryValue(text, keyEnd, key, out var start, out end))
        {
            return false;
        }
        findings.Add(EntityType.Password, start, end, Score);
        return true;
    }

    private static PasswordPhraseKey? KeyAt(ReadOnlySpan<char> rest)
    {
        var first = char.ToLowerInvariant(rest[0]);
        foreach (var key in Keys)
        {
            if (key.First != first)
            {
                continue;
            }
            if (rest.StartsWith(key.Word, StringComparison.OrdinalIgnoreCase))
            {
                return key;
            }
        }
        return null;
    }

    private static bool TryValue(ReadOnlySpan<char> text, int p, PasswordPhraseKey key, out int start, out int end)
    {
        start = end = 0;
        var q = p;
        var weakLink = false;
        if (Link(text, ref q, key))
        {
            weakLink = text[q - 1] is '-' or '–' or '—' or '>';
            // "password = x", "pwd: x": an assignment, which SecretAssignmentDetector reads with the rules of code.
            if (IsSign(text[q - 1]) && IsIdentifierWord(key.Word))
            {
                return false;
            }
        }
        else if (!TryFillers(text, p, key, out q))
        {
            return key.AcceptsDirectDigits && TryDigits(text, SkipSpaces(text, p), out start, out end);
        }
        q = SkipBeforeValue(text, q);
        if (key.DigitsOnly)
        {
            return TryDigits(text, q, out start, out end);
        }
        var value = ReadValue(text, q, key.Glued, out start);
        end = start + value.Length;
        // "password - mailbox password": a dash or arrow also lists and explains; only a value that
        // looks chosen (a digit, a symbol, mixed case) follows one.
        return IsPassword(value) && (!weakLink || SecretText.CharClasses(value) >= 2 || value.IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") >= 0);
    }

    /// <summary>"for the VPN", "I use": up to six words, the first one a preposition or pronoun, then a link.</summary>
    private static bool TryFillers(ReadOnlySpan<char> text, int p, PasswordPhraseKey key, out int afterLink)
    {
        afterLink = 0;
        if (key.Glued)
        {
            return false;
        }
        var q = p;
        for (var words = 0; words < MaxFillerWords; words++)
        {
            var wordStart = SkipSpaces(text, q);
            if (wordStart == q && words > 0 || wordStart >= text.Length)
            {
                return false;
            }
            var word = FillerWord(text, wordStart);
            if (word.IsEmpty || (words == 0 && !PasswordPhrases.FillerStarts.Contains(word)))
            {
                return false;
            }
            q = wordStart + word.Length;
            var link = q;
            if (Link(text, ref link, key))
            {
                afterLink = link;
                return true;
            }
        }
        return false;
    }

    /// <summary>A word of a filler: anything up to a space, a ':' or a '='; empty at the end of a sentence.</summary>
    private static ReadOnlySpan<char> FillerWord(ReadOnlySpan<char> text, int start)
    {
        var rest = text[start..Math.Min(text.Length, start + 40)];
        var n = rest.IndexOfAny(" \t\r\n:=,!?;");
        var word = n < 0 ? (rest.Length < 40 ? rest : []) : rest[..n];
        return word.EndsWith('.') ? [] : word;
    }

    /// <summary>
    /// Consumes a linking sign (':', '=', '->', a spaced dash) or one of the key's linking words
    /// ("is", "ist", "es", "是"), with an optional ':' after a word ("is: X").
    /// </summary>
    private static bool Link(ReadOnlySpan<char> text, ref int p, PasswordPhraseKey key)
    {
        var q = SkipSpaces(text, p);
        var spaced = q > p;
        if (q >= text.Length)
        {
            return false;
        }
        var c = text[q];
        if (c is ':' or '：' || (c == '=' && (q + 1 >= text.Length || text[q + 1] != '=')))
        {
            p = q + 1;
            return true;
        }
        if (text[q..].StartsWith("->", StringComparison.Ordinal) || text[q..].StartsWith("=>", StringComparison.Ordinal))
        {
            p = q + 2;
            return true;
        }
        if (c is '-' or '–' or '—' && spaced && q + 1 < text.Length && text[q + 1] == ' ')
        {
            p = q + 1;
            return true;
        }
        if (!spaced && !key.Glued)
        {
            return false;
        }
        var rest = text[q..];
        foreach (var link in key.Links)
        {
            if (rest.StartsWith(link, StringComparison.OrdinalIgnoreCase)
                && (key.Glued || (q + link.Length < text.Length && text[q + link.Length] is ' ' or '\t' or ':')))
            {
                p = q + link.Length;
                if (p < text.Length && text[p] == ':')
                {
                    p++;
                }
                return true;
            }
        }
        return false;
    }

    /// <summary>"is NOW", "was CHANGED TO", "ist JETZT": up to three such words before the value.</summary>
    private static int SkipBeforeValue(ReadOnlySpan<char> text, int p)
    {
        for (var n = 0; n < 3; n++)
        {
            var q = SkipSpaces(text, p);
            var rest = text[q..Math.Min(text.Length, q + 16)];
            var w = rest.IndexOfAny(' ', '\t');
            if (w <= 0 || !PasswordPhrases.BeforeValue.Contains(rest[..w]))
            {
                return p;
            }
            p = q + w;
        }
        return p;
    }

    private static ReadOnlySpan<char> ReadValue(ReadOnlySpan<char> text, int p, bool glued, out int start)
    {
        p = SkipSpaces(text, p);
        start = p;
        if (p >= text.Length)
        {
            return [];
        }
        var rest = text[p..Math.Min(text.Length, p + MaxValue)];
        if (OpenQuotes.Contains(rest[0]))
        {
            // A quoted value may hold spaces: "the password is 'correct horse battery'".
            var close = rest[1..].IndexOfAny(TrailingPunctuation);
            while (close >= 0 && !IsClosingQuote(rest[0], rest[1 + close]))
            {
                var next = rest[(close + 2)..].IndexOfAny(TrailingPunctuation);
                close = next < 0 ? -1 : close + 1 + next;
            }
            if (close > 0 && rest[1..(close + 1)].IndexOfAny('\n', '\r') < 0)
            {
                start = p + 1;
                return rest[1..(close + 1)];
            }
        }
        var n = 0;
        while (n < rest.Length && !char.IsWhiteSpace(rest[n]) && !(glued && rest[n] >= '\u2E80'))
        {
            n++;
        }
        var value = rest[..n];
        while (value.Length > 0 && TrailingPunctuation.Contains(value[^1]))
        {
            value = value[..^1];
        }
        while (value.Length > 0 && value[0] is '(' or '[' or '"' or '\'' or '`' or '“' or '‘' or '«')
        {
            value = value[1..];
            start++;
        }
        return value;
    }

    private static bool IsSign(char c) => c is ':' or '=' or '>';

    private static bool IsIdentifierWord(string word) => word.AsSpan().IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyz") < 0;

    private static bool IsClosingQuote(char open, char c) => open switch
    {
        '“' => c is '”' or '“',
        '‘' => c is '’' or '‘',
        '«' => c == '»',
        '„' => c is '“' or '”',
        '「' => c == '」',
        '『' => c == '』',
        _ => c == open,
    };

    private static bool TryDigits(ReadOnlySpan<char> text, int p, out int start, out int end)
    {
        start = end = 0;
        p = SkipSpaces(text, p);
        if (p < text.Length && text[p] == '#')
        {
            p++;
        }
        var digits = p < text.Length ? Chars.DigitRun(text, p) : 0;
        if (digits is < 4 or > 8 || !Chars.IsWordEnd(text, p + digits) || (p + digits < text.Length && text[p + digits] is '-' or '.' or ',' or '/' && p + digits + 1 < text.Length && Chars.IsDigit(text[p + digits + 1])))
        {
            return false;
        }
        start = p;
        end = p + digits;
        return true;
    }

    private static bool IsPassword(ReadOnlySpan<char> value)
    {
        if (value.Length < 4 || SecretText.IsPlaceholder(value) || SecretAssignmentDetector.IsNotValue(value)
            || SecretProse.IsInflectedWord(value) || value.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            || value.Contains('('))
        {
            return false;
        }
        var space = value.IndexOf(' ');
        return space < 0 || !SecretProse.IsDescription(value[..space]);
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int p)
    {
        while (p < text.Length && text[p] is ' ' or '\t' or '\u00A0' or '\u3000')
        {
            p++;
        }
        return p;
    }
}
