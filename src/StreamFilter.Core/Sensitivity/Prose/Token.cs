namespace StreamFilter.Core.Sensitivity.Prose;

/// <summary>
/// Whether one whitespace-delimited token (sentence punctuation trimmed) is a technical token rather
/// than a word: an identifier (snake_case, camelCase, dotted.name, call()), a path or URL, an address,
/// a number with letters long enough to be an id or hash. Short letter-digit forms stay words: tax
/// forms ("W-2", "1099-NEC", "401k") and doses ("20mg") carry topic.
/// </summary>
internal static class Token
{
    /// <summary>Longer letter-digit mixes are ids, hashes and versions, not words.</summary>
    private const int MaxMixedWordChars = 8;

    public static bool IsTechnical(ReadOnlySpan<char> token)
    {
        if (IsAmount(token))
        {
            return false;
        }
        if (token.IndexOfAny("@/\\_=<>{}[]()$#`|~^*&+%") >= 0)
        {
            return true;
        }
        var letters = 0;
        var digits = 0;
        var innerUpper = false;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (char.IsLetter(c))
            {
                letters++;
                innerUpper |= i > 0 && char.IsUpper(c) && char.IsLower(token[i - 1]);
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else if (c is '.' or ':' && i > 0 && i < token.Length - 1 && char.IsLetterOrDigit(token[i - 1]) && char.IsLetterOrDigit(token[i + 1]))
            {
                // foo.bar, 8.8.8.8, v1.2.3, host:8080, std::vector; "e.g" too, which costs nothing.
                return true;
            }
        }
        if (innerUpper)
        {
            return true;
        }
        return letters > 0 && digits > 0 && token.Length > MaxMixedWordChars;
    }

    /// <summary>Money and shares ("$1,250.00", "47%", "3.5", "120k") are words of a sentence, not identifiers.</summary>
    private static bool IsAmount(ReadOnlySpan<char> token)
    {
        var i = token.Length > 0 && token[0] is '$' or '€' or '£' ? 1 : 0;
        var end = token.Length > i && token[^1] is '%' or 'k' or 'K' or 'm' or 'M' ? token.Length - 1 : token.Length;
        var digits = 0;
        var dots = 0;
        for (; i < end; i++)
        {
            var c = token[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == '.')
            {
                dots++;
            }
            else if (c != ',')
            {
                return false;
            }
        }
        return digits > 0 && dots <= 1;
    }

    public static bool HasLetters(ReadOnlySpan<char> token)
    {
        var letters = 0;
        foreach (var c in token)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }
}
