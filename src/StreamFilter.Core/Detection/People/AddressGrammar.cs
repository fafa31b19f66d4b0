namespace StreamFilter.Core.Detection.People;

/// <summary>
/// The street address grammar over <see cref="AddressTokens"/>, anchored on a house number:
/// <list type="bullet">
/// <item>number first (US, UK, CA, AU, FR): <c>4821 [N] Whitfield [Ave|Avenue][.] [NW]</c>, <c>12, rue de la Paix</c></item>
/// <item>number after (DE, NL, Nordic, ES, IT, PT): <c>Hauptstraße 12</c>, <c>Berliner Straße 5</c>, <c>Via Roma, 10</c>, <c>Calle de Alcalá 5</c></item>
/// <item>boxes: <c>PO Box 123</c>, <c>PSC 0413, Box 8144</c></item>
/// </list>
/// then an optional unit (<c>Apt. 12</c>, <c>Suite 200</c>, <c>#4</c>, <c>Piso 3</c>) and an optional locality: city,
/// state or province and ZIP / Canadian code (<c>Portland, OR 97201</c>, <c>Toronto, ON M5V 2T6</c>), city and UK
/// postcode (<c>London SW1A 2AA</c>), five-digit postcode and city (<c>10115 Berlin</c>, <c>75002 Paris</c>,
/// <c>00184 Roma (RM)</c>), city and postcode (<c>Madrid, 28013</c>), or a known city alone.
/// Scores: a core street type with a capitalised name 0.6, any other street type 0.3 (it then needs a
/// locality or a context word), a unit +0.15, a locality with a postal code or state +0.3, a known city +0.15.
/// </summary>
internal static class AddressGrammar
{
    private static readonly string[] NotHouseNumberAfter =
    [
        "step", "steps", "chapter", "page", "pages", "version", "v", "build", "line", "lines", "item", "items", "figure", "fig", "section",
        "issue", "pr", "rev", "ticket", "order", "batch", "row", "rows", "column", "port", "level", "grade", "phase", "sprint", "week", "weeks",
        "day", "days", "year", "years", "top", "only", "about", "over", "under", "than", "for", "take", "takes", "took", "the", "a", "an",
        "x", "times", "minus", "plus", "number", "no", "part", "volume", "vol", "episode", "season", "round", "test", "case",
        "error", "code", "status", "priority", "tier", "option", "rule", "attempt", "retry", "worker", "node", "shard", "replica", "pod",
    ];

    private static readonly string[] Particles = ["de", "du", "des", "la", "le", "les", "l", "d", "del", "della", "delle", "dei", "degli", "di", "da", "do", "dos", "das", "van", "von", "der", "den", "y", "e", "el", "los", "las"];

    public static bool TryParse(ReadOnlySpan<char> text, ReadOnlySpan<AddressToken> t, int k, out int start, out int end, out float score)
    {
        start = end = 0;
        score = 0;
        int first, last;
        if (!(NumberFirst(text, t, k, out first, out last, out score) || NumberAfter(text, t, k, out first, out last, out score) || Box(text, t, k, out first, out last, out score)))
        {
            return false;
        }
        var next = last + 1;
        if (Unit(text, t, ref next))
        {
            score += 0.15f;
        }
        else if (UnitBefore(text, t, ref first))
        {
            score += 0.15f;
        }
        score += Locality(text, t, ref next);
        start = t[first].Start;
        end = t[next - 1].End;
        score = Math.Min(1f, score);
        return true;
    }

    private static bool IsWord(in AddressToken t) => t.Kind == AddressTokenKind.Word;

    private static bool IsNameWord(in AddressToken t) => IsWord(t) && (t.Capitalised || t.AllCaps) && (t.Flags & StreetWord.Unit) == 0;

    /// <summary>A name word, or one with an elided article: "d'Ouchy", "l'Église".</summary>
    private static bool IsNameWord(ReadOnlySpan<char> text, in AddressToken t) =>
        IsNameWord(t) || (IsWord(t) && t.Length > 3 && text[t.Start] is 'd' or 'l' && WordReader.IsJoiner(text[t.Start + 1]) && WordReader.IsUpper(text[t.Start + 2]));

    private static bool IsOrdinal(ReadOnlySpan<char> text, in AddressToken t) =>
        t.Kind == AddressTokenKind.Number && t.Length >= 3 && char.IsAsciiLetter(text[t.End - 1]) && char.IsAsciiLetter(text[t.End - 2]);

    private static bool IsHouseNumber(ReadOnlySpan<char> text, in AddressToken t)
    {
        if (t.Kind != AddressTokenKind.Number)
        {
            return false;
        }
        var digits = 0;
        while (digits < t.Length && char.IsAsciiDigit(text[t.Start + digits]))
        {
            digits++;
        }
        return digits is >= 1 and <= 6 && t.Length - digits <= 1 && !(digits == 1 && text[t.Start] == '0');
    }

    private static bool IsParticle(ReadOnlySpan<char> text, in AddressToken t)
    {
        if (!IsWord(t) || t.Capitalised)
        {
            return false;
        }
        var w = text[t.Start..t.End];
        foreach (var p in Particles)
        {
            if (w.SequenceEqual(p))
            {
                return true;
            }
        }
        return false;
    }

    private static bool InList(ReadOnlySpan<char> word, string[] list)
    {
        foreach (var item in list)
        {
            if (word.Equals(item, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"4821 N Whitfield Ave", "12, rue de la Paix".</summary>
    private static bool NumberFirst(ReadOnlySpan<char> text, ReadOnlySpan<AddressToken> t, int k, out int first, out int last, out float score)
    {
        first = last = k;
        score = 0;
        if (!IsHouseNumber(text, t[k]) || k + 2 >= t.Length)
        {
            return false;
        }
        if (k > 0)
        {
            ref readonly var before = ref t[k - 1];
            if ((IsWord(before) && InList(text[before.Start..before.End], NotHouseNumberAfter))
                || (before.Kind == AddressTokenKind.Punct && text[before.Start] is '#' or '$' or '.' or '/' or '-' or '+' or '=' or '@' or '%' or '*' or '^' or '(' or '[' or '<' or '~')
                || (before.Kind == AddressTokenKind.Punct && text[before.Start] == ',' && k > 1 && t[k - 2].Kind == AddressTokenKind.Number
                    && t[k - 2].End == before.Start && before.End == t[k].Start))
            {
                return false;
            }
        }
        var j = k + 1;
        if (t[j].Is(',', text))
        {
            j++;
        }
        if (j >= t.Length || !(IsWord(t[j]) || IsOrdinal(text, t[j])))
        {
            return false;
        }
        // French order (number, street type, name) when the type is only ever written first ("rue"),
        // or when the English order finds no street type after the name ("12 Avenue Victor Hugo").
        if (IsWord(t[j]) && (t[j].Flags & StreetWord.Prefix) != 0 && (t[j].Flags & StreetWord.Suffix) == 0)
        {
            return TypeFirst(text, t, j, ref last, out score);
        }
        if (NameThenType(text, t, j, ref last, out score))
        {
            return true;
        }
        return IsWord(t[j]) && (t[j].Flags & StreetWord.Prefix) != 0 && TypeFirst(text, t, j, ref last, out score);
    }

    /// <summary>"rue de la Paix": the street type at <paramref name="j"/>, then name words and particles.</summary>
    private static bool TypeFirst(ReadOnlySpan<char> text, ReadOnlySpan<AddressToken> t, int j, ref int last, out float score)
    {
        score = 0;
        {
            var m = j + 1;
            if (m < t.Length && t[m].Is('.', text))
            {
                m++;
            }
            var words = 0;
            var lastWord = -1;
            while (m < t.Length && words < 6)
            {
                if (IsNameWord(text, t[m]))
                {
                    lastWord = m;
                    words++;
                    m++;
                }
                else if (IsParticle(text, t[m]) || t[m].Is('\'', text) || t[m].Is('\u2019', text))
                {
                    m++;
                }
                else
                {
                    break;
                }
            }
            if (lastWord > 0)
            {
                last = lastWord;
                score = (t[j].Flags & StreetWord.CorePrefix) != 0 ? 0.6f : 0.3f;
                return true;
            }
            return false;
        }
    }

    /// <summary>"N Whitfield Ave NW", "5th Forge": an optional direction, one to four name words, the street type.</summary>
    private static bool NameThenType(ReadOnlySpan<char> text, ReadOnlySpan<AddressToken> t, int j, ref int last, out float score)
    {
        score = 0;
        if ((t[j].Flags & StreetWord.Direction) != 0 && j + 1 < t.Length && IsWord(t[j + 1]) && t[j].Length <= 5)
        {
            j++;
        }
        var lowercase = false;
        for (var m = j; m < t.Length && m < j + 5; m++)
        {
            ref readonly var w = ref t[m];
            var isWord = IsWord(w);
            if (!isWord && !IsOrdinal(text, w))
            {
                return false;
            }
            if (isWord && (w.Flags & StreetWord.Suffix) != 0 && m > j && !(lowercase && (w.Flags & StreetWord.CoreSuffix) == 0))
            {
                score = ((w.Flags & StreetWord.CoreSuffix) != 0 ? 0.6f : 0.3f) - (lowercase ? 0.25f : 0f);
                last = m;
                if (last + 1 < t.Length && t[last + 1].Is('.', text))
                {
                    last++;
                }
                if (last + 1 < t.Length && IsWord(t[last + 1]) && (t[last + 1].Flags & StreetWord.Direction) != 0 && (t[last + 1].Length <= 2 ? t[last + 1].AllCaps : t[last + 1].Capitalised))
                {
                    last++;
                }
                return true;
            }
            if (isWord && !(w.Capitalised || w.AllCaps) && !IsNameWord(text, w))
            {
                if (IsParticle(text, w) && m > j)
                {
                    continue;
                }
                lowercase = true;
            }
        }
        return false;
    }

    /// <summary>"Hauptstraße 12", "Berliner Straße 5", "Via Roma, 10", "Calle de Alcalá 5".</summary>
    private static bool NumberAfter(ReadOnlySpan<char> text, ReadOnlySpan<AddressToken> t, int k, out int first, out int last, out float score)
    {
        first = last = k;
        score = 0;
        if (!IsHouseNumber(text, t[k]) || k == 0 || t[k].Length - (char.IsAsciiLetter(text[t[k].End - 1]) ? 1 : 0) > 5)
        {
            return false;
        }
        var p = k - 1;
        if (t[p].Is(',', text) && p > 0)
        {
            p--;
        }
        // "Bergstr. 5", "Király u. 15": an abbreviated street type, then a space before the number.
        if (t[p].Is('.', text) && p > 0 && IsWord(t[p - 1]) && t[p].End < t[k].Start)
        {
            p--;
        }
        else if (t[p].End == t[k].Start)
        {
            // "AGGREGATE.7", "v2": a number glued to the word before it is not a house number.
            return false;
        }
        if (!IsWord(t[p]))
        {
            return false;
        }
        ref readonly var w = ref t[p];
        var word = text[w.Start..w.End];
        if ((w.Flags & StreetWord.Unit) != 0)
        {
            return false;
        }
        if (StreetLexicon.HasGluedSuffix(word) || (w.Flags & StreetWord.CoreSuffix) != 0 && word.Length >= 6 && (w.Flags & StreetWord.Prefix) == 0)
        {
            first = p;
            // A capitalised adjective before a compound street ("Brucker Bundesstrasse", "Villacher Strasse").
            if (p > 0 && IsNameWord(t[p - 1]) && (t[p - 1].Flags & StreetWord.Prefix) == 0)
            {
                first = p - 1;
            }
            score = w.Capitalised || w.AllCaps ? 0.6f : 0.35f;
            return true;
        }
        if ((w.Flags & StreetWord.Suffix) != 0 && p > 0 && IsNameWord(t[p - 1]))
        {
            first = p - 1;
            while (first > 0 && first > p - 3 && IsNameWord(t[first - 1]))
            {
                first--;
            }
            score = (w.Flags & StreetWord.CoreSuffix) != 0 ? 0.6f : 0.3f;
            return true;
        }
        // A street type before the name: scan back over name words and particles.
        var names = 0;
        for (var m = p; m >= 0 && m > p - 7; m--)
        {
            ref readonly var x = ref t[m];
            if (IsWord(x) && (x.Flags & StreetWord.Prefix) != 0 && names > 0 && (m == 0 || !IsNameWord(t[m - 1]) || (x.Flags & StreetWord.CorePrefix) != 0))
            {
                first = m;
                score = (x.Flags & StreetWord.CorePrefix) != 0 ? 0.6f : 0.3f;
                return true;
            }
            if (IsNameWord(text, x))
            {
                names++;
            }
            else if (!IsParticle(text, x) && !(x.Is('.', text) && m > 0 && IsWord(t[m - 1]) && (t[m - 1].Flags & StreetWord.Prefix) != 0))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"PO Box 123", "P.O. Box 9", "PSC 0413, Box 8144", "Unit 4719 Box 7394".</summary>
    private static bool Box(ReadOnlySpan<char> text, ReadOnlySpan<AddressToken> t, int k, out int first, out int last, out float score)
    {
        first = last = k;
        score = 0;
        if (t[k].Kind != AddressTokenKind.Number || k == 0 || !IsWord(t[k - 1]))
        {
            return false;
        }
        var w = text[t[k - 1].Start..t[k - 1].End];
        if (w.Equals("psc", StringComparison.OrdinalIgnoreCase) || w.Equals("unit", StringComparison.OrdinalIgnoreCase))
        {
            var j = k + 1;
            if (j < t.Length && t[j].Is(',', text))
            {
                j++;
            }
            if (j + 1 < t.Length && IsWord(t[j]) && text[t[j].Start..t[j].End].Equals("box", StringComparison.OrdinalIgnoreCase) && t[j + 1].Kind == AddressTokenKind.Number)
            {
                first = k - 1;
                last = j + 1;
                score = 0.6f;
                return true;
            }
            return false;
        }
        if (!w.Equals("box", StringComparison.OrdinalIgnoreCase) || k < 2)
        {
            return false;
        }
        // "PO", "P.O.", "Post Office" before "Box".
        var before = text[Math.Max(0, t[k - 1].Start - 12)..t[k - 1].Start].TrimEnd();
        if (before.EndsWith("po", StringComparison.OrdinalIgnoreCase) || before.EndsWith("p.o.", StringComparison.OrdinalIgnoreCase) || before.EndsWith("p. o.", StringComparison.OrdinalIgnoreCase) || before.EndsWith("post office", StringComparison.OrdinalIgnoreCase))
        {
            var s = k - 2;
            while (s > 0 && t[s].Start >= t[k - 1].Start - 12 && (t[s - 1].Is('.', text) || (IsWord(t[s - 1]) && t[s - 1].Start >= t[k - 1].Start - 12)))
            {
                s--;
            }
            first = s;
            score = 0.6f;
            return true;
        }
        return false;
    }

    /// <summary>", Apt. 12", " Suite 200", " #4", " Piso 3": moves <paramref name="next"/> past it.</summary>
    private static bool Unit(ReadOnlySpan<char> text, ReadOnlySpan<AddressToken> t, ref int next)
    {
        var j = next;
        if (j < t.Length && (t[j].Is(',', text) || t[j].Kind == AddressTokenKind.Newline))
        {
            j++;
        }
        if (j + 1 < t.Length && t[j].Is('#', text) && t[j + 1].Kind == AddressTokenKind.Number)
        {
            next = j + 2;
            return true;
        }
        if (j + 1 >= t.Length || !IsWord(t[j]) || (t[j].Flags & StreetWord.Unit) == 0)
        {
            return false;
        }
        j++;
        if (j < t.Length && t[j].Is('.', text))
        {
            j++;
        }
        if (j < t.Length && t[j].Is('#', text))
        {
            j++;
        }
        if (j < t.Length && (t[j].Kind == AddressTokenKind.Number || (IsWord(t[j]) && t[j].Length <= 2 && t[j].AllCaps | t[j].Length == 1)))
        {
            next = j + 1;
            return true;
        }
        return false;
    }

    /// <summary>"Flat 3\n14 Crown Street": a unit written before the street line.</summary>
    private static bool UnitBefore(ReadOnlySpan<char> text, ReadOnlySpan<AddressToken> t, ref int first)
    {
        var j = first - 1;
        if (j >= 0 && (t[j].Is(',', text) || t[j].Kind == AddressTokenKind.Newline))
        {
            j--;
        }
        if (j >= 1 && t[j].Kind == AddressTokenKind.Number && IsWord(t[j - 1]) && (t[j - 1].Flags & StreetWord.Unit) != 0 && t[j - 1].Capitalised)
        {
            first = j - 1;
            return true;
        }
        return false;
    }

    /// <summary>The city / region / postal code part after the street; returns the score it adds.</summary>
    private static float Locality(ReadOnlySpan<char> text, ReadOnlySpan<AddressToken> t, ref int next)
    {
        var j = Separators(text, t, next);
        if (j >= t.Length)
        {
            return 0;
        }
        // "10115 Berlin", "75002 Paris", "00184 Roma (RM)": a five-digit postcode before the city.
        if (t[j].Kind == AddressTokenKind.Number && t[j].Length is 4 or 5 && IsDigits(text, t[j]) && j + 1 < t.Length && IsNameWord(t[j + 1]))
        {
            var m = j + 1;
            while (m < t.Length && m < j + 4 && (IsNameWord(t[m]) || (t[m].Is('-', text) && m + 1 < t.Length && IsWord(t[m + 1]))))
            {
                m++;
            }
            if (m + 2 < t.Length && t[m].Is('(', text) && IsWord(t[m + 1]) && t[m + 1].AllCaps && t[m + 2].Is(')', text))
            {
                m += 3;
            }
            next = m;
            return 0.3f;
        }
        if (PostalCodes.Uk(text, t[j].Start) is > 0 and var ukEnd)
        {
            next = TokenEndingAt(t, j, ukEnd);
            return 0.3f;
        }
        var c = j;
        while (c < t.Length && c < j + 4 && PostalCodes.Uk(text, t[c].Start) < 0 && (IsNameWord(t[c]) || (c > j && IsParticle(text, t[c]) && c + 1 < t.Length && IsNameWord(t[c + 1]))))
        {
            c++;
        }
        if (c == j)
        {
            return 0;
        }
        var q = Separators(text, t, c);
        if (q < t.Length)
        {
            if (IsWord(t[q]) && (t[q].Flags & StreetWord.State) != 0 && (t[q].AllCaps || t[q].Capitalised))
            {
                var r = q + 1;
                while (r < t.Length && IsWord(t[r]) && t[r].Capitalised && (StreetLexicon.Of(t[q].Hash) & StreetWord.State) != 0 && r < q + 3 && (StreetLexicon.Of(FoldedHash.Of(text[t[q].Start..t[r].End])) & StreetWord.State) != 0)
                {
                    r++;
                }
                if (r < t.Length && t[r].Kind == AddressTokenKind.Newline)
                {
                    r++;
                }
                if (r < t.Length && (PostalCodes.Zip(text, t[r].Start) is > 0 and var zipEnd))
                {
                    next = TokenEndingAt(t, r, zipEnd);
                    return 0.3f;
                }
                if (r < t.Length && (PostalCodes.Canada(text, t[r].Start) is > 0 and var caEnd))
                {
                    next = TokenEndingAt(t, r, caEnd);
                    return 0.3f;
                }
                next = r;
                return 0.2f;
            }
            if (PostalCodes.Uk(text, t[q].Start) is > 0 and var ukEnd2)
            {
                next = TokenEndingAt(t, q, ukEnd2);
                return 0.3f;
            }
            if (PostalCodes.Zip(text, t[q].Start) is > 0 and var zipEnd2 && t[q - 1].Is(',', text))
            {
                next = TokenEndingAt(t, q, zipEnd2);
                return 0.3f;
            }
        }
        for (var m = j; m < c; m++)
        {
            if ((StreetLexicon.WithCity(t[m].Hash) & StreetWord.City) != 0)
            {
                next = c;
                return 0.15f;
            }
        }
        return 0;
    }

    private static int Separators(ReadOnlySpan<char> text, ReadOnlySpan<AddressToken> t, int j)
    {
        for (var n = 0; n < 2 && j < t.Length && (t[j].Is(',', text) || t[j].Kind == AddressTokenKind.Newline); n++)
        {
            j++;
        }
        return j;
    }

    private static bool IsDigits(ReadOnlySpan<char> text, in AddressToken t)
    {
        foreach (var ch in text[t.Start..t.End])
        {
            if (!char.IsAsciiDigit(ch))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The index after the last token that ends at or before <paramref name="end"/>, from token <paramref name="from"/>.</summary>
    private static int TokenEndingAt(ReadOnlySpan<AddressToken> t, int from, int end)
    {
        var m = from;
        while (m < t.Length && t[m].End <= end)
        {
            m++;
        }
        return m;
    }
}
