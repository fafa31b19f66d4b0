using System.Buffers;

namespace StreamFilter.Core.Detection.Text;

/// <summary>
/// Email addresses spelled out to dodge filters: "jane dot doe at gmail dot com", "jane[at]gmail[dot]com",
/// "jane (at) gmail (dot) com", "jane.doe at example.org". The view gets the address in its usual
/// form ("jane.doe@gmail.com"); each '@' and '.' stands for the whole spelled separator with its spaces.
/// </summary>
/// <remarks>
/// Bracketed separators are never prose. Bare words are: "look at example.com" and "meet at noon dot
/// com" must survive, so a bare " at " needs a sign that an address follows (a local part with a dot,
/// digit or underscore, a mail provider's domain, or "mail"/"contact" shortly before), and a bare
/// " dot " before the last label needs a known top-level domain.
/// </remarks>
internal static class SpelledEmail
{
    private const int MaxLocal = 64;
    private const int MaxLength = 254;

    private static readonly string[] Bracketed = ["[at]", "(at)", "{at}", "<at>", "[@]", "(@)", "[dot]", "(dot)", "{dot}", "<dot>", "[.]", "(.)"];

    private static readonly HashSet<string> KnownTlds = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "org", "net", "edu", "gov", "mil", "io", "co", "uk", "us", "de", "fr", "es", "it", "nl", "be", "ch", "at",
        "se", "no", "dk", "fi", "pl", "pt", "ie", "ca", "au", "nz", "in", "jp", "cn", "kr", "br", "mx", "ru", "za",
        "info", "biz", "me", "ai", "dev", "app", "tech", "email", "mail",
    };

    private static readonly HashSet<string> MailProviders = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "live", "msn", "icloud", "me", "mac", "aol",
        "proton", "protonmail", "pm", "gmx", "web", "mail", "yandex", "zoho", "fastmail", "comcast", "verizon", "att",
    };

    // Span look-ups: a candidate's labels are checked without allocating strings.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownTldLookup = KnownTlds.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MailProviderLookup = MailProviders.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] MailContext = ["mail", "contact", "write to", "reach me", "address"];

    /// <summary>Every spelled separator's core, for one vectorised multi-string search.</summary>
    private static readonly SearchValues<string> SeparatorForms =
        SearchValues.Create([.. Bracketed, " at ", " dot "], StringComparison.OrdinalIgnoreCase);

    /// <summary>How far before a spelled separator an address may start.</summary>
    public const int MaxReach = 96;

    /// <summary>
    /// The position of the first spelled separator (" at ", " dot ", "[at]", "(dot)"...) at or after
    /// <paramref name="from"/>, or -1: one vectorised search, so texts without one skip the parser.
    /// </summary>
    public static int NextSeparator(ReadOnlySpan<char> text, int from)
    {
        var at = text[from..].IndexOfAny(SeparatorForms);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>
    /// A quick look past the separator at <paramref name="p"/>: a bare " at " in prose ("questions at
    /// the end", "p99 at 1.8s") is followed by a word, not by a domain, so the parser only runs when the
    /// next label goes on with a dot and a letter, literal or spelled. Bracketed and "dot" separators always pass.
    /// </summary>
    public static bool MayFollow(ReadOnlySpan<char> text, int p)
    {
        var at = p;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }
        if (at + 3 >= text.Length || (text[at] | 0x20) != 'a' || (text[at + 1] | 0x20) != 't' || text[at + 2] != ' ')
        {
            return true;
        }
        var q = at + 3;
        while (q < text.Length && text[q] == ' ')
        {
            q++;
        }
        q = Label(text, q, local: false);
        if (q + 1 < text.Length && text[q] == '.' && Chars.IsAsciiLetter(text[q + 1]))
        {
            return true;
        }
        return NextSeparator(text, q) == q;
    }

    /// <summary>Start of the address label that ends at <paramref name="end"/> (no dots), or <paramref name="end"/>.</summary>
    public static int LabelStartBefore(ReadOnlySpan<char> text, int end)
    {
        var s = end;
        while (s > 0 && end - s < MaxLocal && (Chars.IsAsciiLetterOrDigit(text[s - 1]) || text[s - 1] is '_' or '%' or '+' or '-'))
        {
            s--;
        }
        return s;
    }

    /// <summary>
    /// Start of the earliest label joined by dots (".", " dot ", "[dot]", "(.)"...) to the label that
    /// ends at <paramref name="end"/>: where a local part like "jane dot doe" before a separator begins.
    /// </summary>
    public static int LocalStartBefore(ReadOnlySpan<char> text, int end)
    {
        var start = LabelStartBefore(text, end);
        for (var labels = 0; labels < MaxSeparators && start < end; labels++)
        {
            var dotStart = DotEndingAt(text, start);
            if (dotStart < 0)
            {
                break;
            }
            var previous = LabelStartBefore(text, dotStart);
            if (previous == dotStart)
            {
                break;
            }
            (end, start) = (dotStart, previous);
        }
        return start;
    }

    /// <summary>Start of a dot separator (literal, bracketed or a bare " dot ") that ends at <paramref name="end"/>, or -1.</summary>
    private static int DotEndingAt(ReadOnlySpan<char> text, int end)
    {
        if (end > 0 && text[end - 1] == '.')
        {
            return end - 1;
        }
        var u = end;
        while (u > 0 && end - u < 3 && text[u - 1] == ' ')
        {
            u--;
        }
        foreach (var form in BracketedDots)
        {
            if (u >= form.Length && text[(u - form.Length)..u].Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                return SpacesBefore(text, u - form.Length);
            }
        }
        if (u < end && u >= 4 && text[(u - 3)..u].Equals("dot", StringComparison.OrdinalIgnoreCase) && text[u - 4] == ' ')
        {
            return SpacesBefore(text, u - 3);
        }
        return -1;
    }

    private static int SpacesBefore(ReadOnlySpan<char> text, int pos)
    {
        var s = pos;
        while (s > 0 && pos - s < 3 && text[s - 1] == ' ')
        {
            s--;
        }
        return s;
    }

    private static readonly string[] BracketedDots = ["[dot]", "(dot)", "{dot}", "<dot>", "[.]", "(.)"];

    /// <summary>
    /// Parses a spelled address starting at the word start <paramref name="start"/>; on success appends
    /// its pieces and returns its end, else returns -1 and appends nothing.
    /// </summary>
    public static int TryParse(ReadOnlySpan<char> text, int start, List<ViewPiece> pieces)
    {
        Span<Sep> seps = stackalloc Sep[MaxSeparators];
        var end = Parse(text, start, seps, out var count);
        if (end < 0)
        {
            return -1;
        }
        var pos = start;
        foreach (var sep in seps[..count])
        {
            AddLabel(text, pos, sep.From, pieces);
            pieces.Add(new ViewPiece(sep.Kind, sep.From, sep.To));
            pos = sep.To;
        }
        AddLabel(text, pos, end, pieces);
        return end;
    }

    private const int MaxSeparators = 12;

    /// <summary>One separator of an address: '.' or '@', standing for source positions From to To.</summary>
    private readonly record struct Sep(char Kind, int From, int To);

    private static int Parse(ReadOnlySpan<char> text, int start, Span<Sep> seps, out int count)
    {
        count = 0;
        // Local part: labels joined by dots, up to the '@'.
        var pos = Label(text, start, local: true);
        // Nearly every word ends without a separator after it: rejected before anything else.
        if (pos == start || Separator(text, pos, out _, out _) < 0)
        {
            return -1;
        }
        var localHasSign = HasSign(text[start..pos]);
        var spelled = false;
        bool bareAt;
        int labelStart;
        while (true)
        {
            var sep = Separator(text, pos, out var kind, out var bare);
            var labelEnd = sep < 0 ? -1 : Label(text, sep, local: kind == '.');
            if (labelEnd <= sep || pos - start > MaxLocal || count == seps.Length)
            {
                return -1;
            }
            spelled |= bare || sep - pos > 1;
            seps[count++] = new Sep(kind, pos, sep);
            localHasSign |= HasSign(text[sep..labelEnd]);
            (pos, labelStart) = (labelEnd, sep);
            if (kind == '@')
            {
                bareAt = bare;
                break;
            }
            localHasSign = true;
        }
        // Domain: its first label is in; at least one more must follow a dot.
        var firstLabel = text[labelStart..pos];
        var lastDotBare = false;
        var labels = 1;
        while (count < seps.Length)
        {
            var sep = Separator(text, pos, out var kind, out var bare);
            var labelEnd = sep < 0 || kind != '.' ? -1 : Label(text, sep, local: false);
            if (labelEnd <= sep || pos - start > MaxLength)
            {
                break;
            }
            spelled |= bare || sep - pos > 1;
            seps[count++] = new Sep('.', pos, sep);
            (pos, labelStart, lastDotBare) = (labelEnd, sep, bare);
            labels++;
        }
        var tld = text[labelStart..pos];
        if (!spelled || labels < 2 || !IsTld(tld) || !Chars.IsWordEnd(text, pos))
        {
            return -1;
        }
        if (lastDotBare && !KnownTldLookup.Contains(tld))
        {
            return -1;
        }
        if (bareAt && !localHasSign && !MailProviderLookup.Contains(firstLabel) && !HasMailContext(text, start))
        {
            return -1;
        }
        return pos;
    }

    private static bool HasSign(ReadOnlySpan<char> label)
    {
        foreach (var c in label)
        {
            if (Chars.IsDigit(c) || c is '_' or '%' or '+')
            {
                return true;
            }
        }
        return false;
    }

    private static void AddLabel(ReadOnlySpan<char> text, int from, int to, List<ViewPiece> pieces)
    {
        for (var i = from; i < to; i++)
        {
            pieces.Add(new ViewPiece(text[i], i, i + 1));
        }
    }

    /// <summary>End of an address label at <paramref name="pos"/> (local parts also allow '_', '%', '+').</summary>
    private static int Label(ReadOnlySpan<char> text, int pos, bool local)
    {
        var end = pos;
        while (end < text.Length && end - pos < MaxLocal
            && (Chars.IsAsciiLetterOrDigit(text[end]) || text[end] == '-' || (local && text[end] is '_' or '%' or '+')))
        {
            end++;
        }
        // A label never ends in '-'.
        while (end > pos && text[end - 1] == '-')
        {
            end--;
        }
        return end;
    }

    /// <summary>
    /// End of a separator at <paramref name="pos"/> ('.' or '@', literal, bracketed or a bare word with
    /// spaces around), with its kind, or -1.
    /// </summary>
    private static int Separator(ReadOnlySpan<char> text, int pos, out char kind, out bool bare)
    {
        kind = '\0';
        bare = false;
        if (pos + 1 >= text.Length)
        {
            return -1;
        }
        if (text[pos] is '.' or '@')
        {
            kind = text[pos];
            return Chars.IsAsciiLetterOrDigit(text[pos + 1]) ? pos + 1 : -1;
        }
        var at = pos;
        while (at < text.Length && at - pos < 3 && text[at] == ' ')
        {
            at++;
        }
        // Every spelled separator starts with a bracket, 'a' or 'd': one test rejects ordinary next words.
        if (at >= text.Length || !((text[at] | 0x20) is 'a' or 'd' || text[at] is '[' or '(' or '{' or '<'))
        {
            return -1;
        }
        var rest = text[at..];
        foreach (var form in Bracketed)
        {
            if (rest.StartsWith(form, StringComparison.OrdinalIgnoreCase))
            {
                kind = form[1] is 'a' or '@' ? '@' : '.';
                return SpacesThenLabel(text, at + form.Length);
            }
        }
        if (at == pos)
        {
            return -1;
        }
        foreach (var (word, k) in BareWords)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase) && at + word.Length < text.Length && text[at + word.Length] == ' ')
            {
                kind = k;
                bare = true;
                return SpacesThenLabel(text, at + word.Length);
            }
        }
        return -1;
    }

    private static readonly (string Word, char Kind)[] BareWords = [("at", '@'), ("dot", '.')];

    private static int SpacesThenLabel(ReadOnlySpan<char> text, int pos)
    {
        var end = pos;
        while (end < text.Length && end - pos < 3 && text[end] == ' ')
        {
            end++;
        }
        return end < text.Length && Chars.IsAsciiLetterOrDigit(text[end]) ? end : -1;
    }

    private static bool IsTld(ReadOnlySpan<char> label)
    {
        if (label.Length is < 2 or > 24)
        {
            return false;
        }
        foreach (var c in label)
        {
            if (!Chars.IsAsciiLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool HasMailContext(ReadOnlySpan<char> text, int start)
    {
        var before = text[Math.Max(0, start - 40)..start];
        foreach (var word in MailContext)
        {
            if (before.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
