namespace StreamFilter.Core.Sensitivity.Prose;

/// <summary>
/// The code and log signal: splits free text into what the topic classifier may judge (prose) and what
/// it must not (code, SQL, stack traces, logs, config, shell commands, and technical tokens inside
/// prose: identifiers, paths, hosts, addresses, hashes). A payroll class, a medical-code mapper or a
/// password-length check is engineering, whatever words its identifiers hold; an address alone
/// ("abc@google.com") says nothing about a topic. What the classifier then sees is the prose words
/// only, so the same words in an identifier and in a sentence are told apart. Identifiers and secrets
/// in code are still found by the detectors, which scan the whole text.
/// Allocation-free: writes into the caller's buffer (as long as the text).
/// </summary>
public static class ProseText
{
    /// <summary>A text whose code lines hold at least this share of its visible characters is code as a whole.</summary>
    public const double CodeShare = 0.5;

    /// <summary>
    /// Writes the prose words of <paramref name="text"/> into <paramref name="prose"/> (at least
    /// <c>text.Length</c> long), one space between words, and returns how many characters were written
    /// and how many prose words they hold. Returns 0 words when the text is code as a whole.
    /// </summary>
    public static (int Length, int Words) Extract(ReadOnlySpan<char> text, Span<char> prose)
    {
        if (prose.Length < text.Length)
        {
            throw new ArgumentException("the prose buffer must be as long as the text", nameof(prose));
        }
        if (IsCode(text))
        {
            return (0, 0);
        }
        var length = 0;
        var words = 0;
        var rest = text;
        while (!rest.IsEmpty)
        {
            var line = NextLine(ref rest);
            if (CodeLine.Is(line))
            {
                continue;
            }
            AppendProseTokens(line, prose, ref length, ref words);
        }
        return (length, words);
    }

    /// <summary>True when code, log or config lines make up most of the text's visible characters.</summary>
    public static bool IsCode(ReadOnlySpan<char> text)
    {
        var visible = 0;
        var code = 0;
        var rest = text;
        while (!rest.IsEmpty)
        {
            var line = NextLine(ref rest);
            var n = VisibleChars(line);
            visible += n;
            if (n > 0 && CodeLine.Is(line))
            {
                code += n;
            }
        }
        return visible > 0 && code >= CodeShare * visible;
    }

    private static void AppendProseTokens(ReadOnlySpan<char> line, Span<char> prose, ref int length, ref int words)
    {
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }
            var start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                i++;
            }
            var token = TrimPunctuation(line[start..i]);
            if (token.IsEmpty || Token.IsTechnical(token))
            {
                continue;
            }
            if (length > 0)
            {
                prose[length++] = ' ';
            }
            token.CopyTo(prose[length..]);
            length += token.Length;
            if (Token.HasLetters(token))
            {
                words++;
            }
        }
    }

    /// <summary>Sentence punctuation around a word ("(see", "done.", "\"ok\"") is not part of it.</summary>
    private static ReadOnlySpan<char> TrimPunctuation(ReadOnlySpan<char> token) => token.Trim("\"'“”‘’.,;:!?()[]*");

    private static ReadOnlySpan<char> NextLine(ref ReadOnlySpan<char> rest)
    {
        var end = rest.IndexOf('\n');
        var line = end < 0 ? rest : rest[..end];
        rest = end < 0 ? [] : rest[(end + 1)..];
        return line;
    }

    private static int VisibleChars(ReadOnlySpan<char> line)
    {
        var n = 0;
        foreach (var c in line)
        {
            n += char.IsWhiteSpace(c) ? 0 : 1;
        }
        return n;
    }
}
