using System.Buffers;

namespace StreamFilter.Core.Detection.People;

/// <summary>
/// Finds runs of capitalised words ("Szabina J. Gelencsér", "Ludwig van Beethoven"), the candidates of
/// the person detector, with one vectorized search for capital letters. Words that cannot be names
/// are skipped before any look-up: code identifiers (<c>OrderService.ProcessAsync</c>,
/// <c>PersonController</c>, <c>_Name</c>), all-caps words (<c>INFO</c>, <c>NASA</c>), words glued to
/// digits or to a path (<c>C:\Users\Dana</c>).
/// </summary>
internal static class NameRuns
{
    public const int MaxRun = 6;

    private static readonly SearchValues<char> Capitals = SearchValues.Create(BuildCapitals());

    /// <summary>
    /// The next capital at or after <paramref name="i"/>: a vectorized search for A-Z, and for the other
    /// scripts' capitals only in the stretch before it that holds any character above U+007F (work text
    /// is mostly ASCII, and a set of 700 capitals searches slower than one range).
    /// </summary>
    private static int NextCapital(ReadOnlySpan<char> text, int i)
    {
        var rest = text[i..];
        var ascii = rest.IndexOfAnyInRange('A', 'Z');
        var before = ascii < 0 ? rest : rest[..ascii];
        if (before.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            var other = before.IndexOfAny(Capitals);
            if (other >= 0)
            {
                return i + other;
            }
        }
        return ascii < 0 ? -1 : i + ascii;
    }

    private static readonly string[] Particles = ["van", "von", "de", "da", "del", "della", "di", "du", "la", "le", "bin", "ibn", "al", "dos", "das", "der", "den", "ten", "ter", "zu", "y", "e"];

    private static string BuildCapitals()
    {
        var chars = new List<char>();
        for (var c = 'A'; c <= 'Z'; c++)
        {
            chars.Add(c);
        }
        // Latin-1, Latin Extended, Greek, Cyrillic and Armenian capitals: the cased scripts of the name lists.
        for (var c = '\u00C0'; c <= '\u058F'; c++)
        {
            if (char.IsUpper(c))
            {
                chars.Add(c);
            }
        }
        return new string([.. chars]);
    }

    /// <summary>
    /// Fills <paramref name="run"/> with the next run at or after <paramref name="position"/> and moves
    /// <paramref name="position"/> past it; returns the number of tokens (0: no more runs).
    /// </summary>
    public static int Next(ReadOnlySpan<char> text, ref int position, Span<NameToken> run)
    {
        var i = position;
        while (i < text.Length)
        {
            var s = NextCapital(text, i);
            if (s < 0)
            {
                break;
            }
            var e = WithoutPossessive(text, s, WordReader.End(text, s));
            i = e;
            if (!StartsName(text, s) || !(IsCapitalised(text, s, e) || IsInitial(text, s, e)))
            {
                continue;
            }
            var count = 0;
            Add(text, run, ref count, s, e, e - s == 1 ? NameTokenKind.Initial : NameTokenKind.Capitalised);
            var p = run[0].End;
            while (count < run.Length && p + 1 < text.Length && text[p] == ' ')
            {
                var q = p + 1;
                var c = text[q];
                if (!WordReader.IsLetter(c))
                {
                    break;
                }
                var e2 = WithoutPossessive(text, q, WordReader.End(text, q));
                if (WordReader.IsUpper(c) && IsInitial(text, q, e2))
                {
                    Add(text, run, ref count, q, e2, NameTokenKind.Initial);
                }
                else if (WordReader.IsUpper(c) && IsCapitalised(text, q, e2))
                {
                    Add(text, run, ref count, q, e2, NameTokenKind.Capitalised);
                }
                else if (IsParticle(text[q..e2]) && e2 + 1 < text.Length && text[e2] == ' ' && WordReader.IsUpper(text[e2 + 1]))
                {
                    Add(text, run, ref count, q, e2, NameTokenKind.Particle);
                }
                else
                {
                    break;
                }
                p = run[count - 1].End;
            }
            // A run never ends on a particle, and ends on an initial only when it is all initials.
            while (count > 1 && run[count - 1].Kind == NameTokenKind.Particle)
            {
                count--;
            }
            // Common words at the front ("Ask", "Thanks", "Hi") are context, not part of the name: the
            // run starts after them, so they become the words before it.
            var lead = 0;
            while (lead < count - 1 && run[lead].Kind == NameTokenKind.Capitalised && IsMostlyWord(run[lead]))
            {
                lead++;
            }
            if (lead > 0)
            {
                run[lead..count].CopyTo(run);
                count -= lead;
            }
            position = run[count - 1].End;
            return count;
        }
        position = text.Length;
        return 0;
    }

    /// <summary>Buckets from which a word the lexicon knows only as a lower-case word is not a name candidate.</summary>
    public const int CommonWordBucket = 7;

    /// <summary>
    /// A capitalised word the classifier scores: a name or an unknown word, unless the lexicon knows it far
    /// better as a lower-case word ("The", "Please", "Will", "May"). Most capitalised words of work text
    /// stop here, which is what keeps the detector cheap.
    /// </summary>
    public static bool IsNameCandidate(in NameToken t) =>
        !IsMostlyWord(t) && (t.Entry.IsName || t.Entry.Word < CommonWordBucket)
        // Weekdays and months are always capitalised, so the lower-case counts miss them; the months
        // that are common given names (April, June, August) stay candidates.
        && (t.Entry.Given < 8 ? !PersonCues.IsCalendar(t.Hash) : true);

    /// <summary>A word far more common in lower case than as a name ("Hi", "Ask", "Will", "May").</summary>
    public static bool IsMostlyWord(in NameToken t) =>
        t.Entry.Word >= CommonWordBucket && t.Entry.Word >= t.Entry.Given + 3 && t.Entry.Word >= t.Entry.Surname + 3;

    /// <summary>"Dana's" is the name "Dana": the possessive is not part of the word looked up.</summary>
    private static int WithoutPossessive(ReadOnlySpan<char> text, int s, int e) =>
        e - s > 3 && (text[e - 1] == 's' || text[e - 1] == 'S') && WordReader.IsJoiner(text[e - 2]) && text[e - 2] != '-' ? e - 2 : e;

    private static void Add(ReadOnlySpan<char> text, Span<NameToken> run, ref int count, int start, int end, NameTokenKind kind)
    {
        ref var t = ref run[count++];
        t.Start = start;
        // An initial's dot belongs to it ("J."), so the next word starts after one space.
        t.End = kind == NameTokenKind.Initial && end < text.Length && text[end] == '.' ? end + 1 : end;
        t.Kind = kind;
        t.Hash = FoldedHash.Of(text[start..end]);
        t.Entry = kind == NameTokenKind.Capitalised ? NameLexicon.Lookup(t.Hash) : NameEntry.Unknown;
    }

    /// <summary>Nothing glued to the left: not inside a word, a path, an identifier or a member access.</summary>
    private static bool StartsName(ReadOnlySpan<char> text, int s)
    {
        if (s == 0)
        {
            return true;
        }
        var before = text[s - 1];
        if (char.IsLetterOrDigit(before) || before is '_' or '\\' or '/' or '$' or '#' or '<' or '=' or '{' or '%' or '&' or '~' or '^' or '|' or '*' or '`' or '+')
        {
            return false;
        }
        // "x.Foo" (member access, a domain) but not "Dr.Foo"-free prose: a dot glued to a word or digit before it.
        return before != '.' || s < 2 || !char.IsLetterOrDigit(text[s - 2]);
    }

    /// <summary>A capitalised word of two or more letters that is not all caps, not camel case and not glued to code on its right.</summary>
    private static bool IsCapitalised(ReadOnlySpan<char> text, int s, int e)
    {
        if (e - s < 2 || !WordReader.IsUpper(text[s]))
        {
            return false;
        }
        var lower = 0;
        for (var k = s + 1; k < e; k++)
        {
            var c = text[k];
            if (WordReader.IsUpper(c))
            {
                // Camel case is code (PersonController, JavaScript) unless a name prefix explains it:
                // McDonald, MacKenzie, DeAndre, LaToya, O'Neil, Jean-Luc.
                var prev = text[k - 1];
                if (WordReader.IsJoiner(prev) || IsNamePrefix(text[s..k]))
                {
                    continue;
                }
                return false;
            }
            if (char.IsLower(c))
            {
                lower++;
            }
        }
        return lower > 0 && IsFreeOnTheRight(text, e);
    }

    private static bool IsInitial(ReadOnlySpan<char> text, int s, int e) =>
        e - s == 1 && e + 1 < text.Length && ((text[e] == '.' && e + 2 < text.Length && text[e + 1] == ' ' && WordReader.IsUpper(text[e + 2]))
            || (text[e] == ' ' && WordReader.IsUpper(text[e + 1])));

    private static bool IsNamePrefix(ReadOnlySpan<char> prefix) =>
        prefix is "Mc" or "Mac" or "De" or "Di" or "Da" or "La" or "Le" or "Du" or "Van" or "Von" or "O";

    /// <summary>Not followed by a digit, '_', '(' (a call), '@' (an e-mail local part) or a dot glued to more text (OrderService.ProcessAsync).</summary>
    private static bool IsFreeOnTheRight(ReadOnlySpan<char> text, int e)
    {
        if (e >= text.Length)
        {
            return true;
        }
        var c = text[e];
        if (char.IsDigit(c) || c is '_' or '(' or '@' or '<' or '[' or '{' or '\\' or '=' or '$')
        {
            return false;
        }
        if (c is '.' or '/' or ':' && e + 1 < text.Length && char.IsLetterOrDigit(text[e + 1]))
        {
            return false;
        }
        return true;
    }

    private static bool IsParticle(ReadOnlySpan<char> word)
    {
        foreach (var p in Particles)
        {
            if (word.SequenceEqual(p))
            {
                return true;
            }
        }
        return false;
    }
}
