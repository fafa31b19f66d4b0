namespace StreamFilter.Core.Detection.People;

/// <summary>
/// The features of one word of a candidate name run, as hashed indices into the classifier's weight
/// table: what the lexicon says of the word and of its neighbours in the run, its shape and ending,
/// and the words and punctuation around the run ("Hi _,", "my manager _", "_ said", "Dr. _",
/// "[00:41:07] _:"). The trainer and the detector call the same code, so they cannot disagree.
/// </summary>
internal static class PersonFeatures
{
    public const int Max = 40;

    public static int Extract(ReadOnlySpan<char> text, ReadOnlySpan<NameToken> run, int j, in RunContext c, Span<uint> f)
    {
        ref readonly var t = ref run[j];
        var n = 0;
        var e = t.Entry;
        var g = Coarse(e.Given);
        var s = Coarse(e.Surname);
        var w = Coarse(e.Word);
        var kind = (int)t.Kind;
        var pos = run.Length == 1 ? 0 : j == 0 ? 1 : j == run.Length - 1 ? 2 : 3;
        var len = Math.Min(run.Length, 4);
        var lexicon = (ulong)(g * 25 + s * 5 + w);
        f[n++] = FoldedHash.Feature(1, 0);
        f[n++] = FoldedHash.Feature(2, (ulong)(e.Given * 16 + kind));
        f[n++] = FoldedHash.Feature(3, (ulong)e.Surname);
        f[n++] = FoldedHash.Feature(4, (ulong)e.Word);
        f[n++] = FoldedHash.Feature(5, lexicon);
        // The word itself only when it is also an ordinary word ("Will", "Mark", "Chase"): for plain
        // names the lexicon buckets decide, so the model does not memorise the training names.
        if (e.Word > 0 || !e.IsName)
        {
            f[n++] = FoldedHash.Feature(6, t.Hash);
        }
        var word = text[t.Start..t.End];
        if (t.Kind == NameTokenKind.Capitalised && word.Length >= 4)
        {
            f[n++] = FoldedHash.Feature(7, FoldedHash.Of(word[^3..]));
            f[n++] = FoldedHash.Feature(8, FoldedHash.Of(word[^2..]));
        }
        f[n++] = FoldedHash.Feature(10, (ulong)Math.Min(word.Length, 12));
        f[n++] = FoldedHash.Feature(11, Shape(word));
        f[n++] = FoldedHash.Feature(12, (ulong)((c.SentenceStart && j == 0 ? 1 : 0) * 100 + (int)lexicon));
        f[n++] = FoldedHash.Feature(13, (ulong)(len * 10 + pos));
        f[n++] = FoldedHash.Feature(14, (ulong)(len * 1000 + pos * 100 + (int)lexicon));
        if (j > 0)
        {
            ref readonly var l = ref run[j - 1];
            f[n++] = FoldedHash.Feature(15, (ulong)((int)l.Kind * 125 + Coarse(l.Entry.Given) * 25 + Coarse(l.Entry.Surname) * 5 + Coarse(l.Entry.Word)));
        }
        if (j + 1 < run.Length)
        {
            ref readonly var r = ref run[j + 1];
            f[n++] = FoldedHash.Feature(16, (ulong)((int)r.Kind * 125 + Coarse(r.Entry.Given) * 25 + Coarse(r.Entry.Surname) * 5 + Coarse(r.Entry.Word)));
            if (r.Entry.Word > 0 || !r.Entry.IsName)
            {
                f[n++] = FoldedHash.Feature(17, r.Hash);
            }
        }
        if (j > 0 && (run[j - 1].Entry.Word > 0 || !run[j - 1].Entry.IsName))
        {
            f[n++] = FoldedHash.Feature(18, run[j - 1].Hash);
        }
        // Context around the whole run.
        f[n++] = FoldedHash.Feature(20, c.Before1 * 31 + (ulong)c.PunctBefore);
        f[n++] = FoldedHash.Feature(21, c.Before1);
        f[n++] = FoldedHash.Feature(22, c.Before2 * 31 + c.Before1);
        f[n++] = FoldedHash.Feature(23, c.After1 * 31 + (ulong)c.PunctAfter);
        f[n++] = FoldedHash.Feature(24, c.After1);
        f[n++] = FoldedHash.Feature(25, c.After2 * 31 + c.After1);
        f[n++] = FoldedHash.Feature(26, (ulong)(c.PunctBefore * 16 + c.PunctAfter));
        f[n++] = FoldedHash.Feature(27, (ulong)((c.LineStart ? 2 : 0) + (c.SentenceStart ? 1 : 0)) * 16 + (ulong)c.PunctAfter);
        f[n++] = FoldedHash.Feature(28, c.Before1 * 131 + lexicon);
        f[n++] = FoldedHash.Feature(29, c.After1 * 131 + lexicon);
        f[n++] = FoldedHash.Feature(30, (ulong)((c.Before1Capitalised ? 2 : 0) + (c.After1Capitalised ? 1 : 0)) * 200 + lexicon);
        if (PersonCues.IsProduct(t.Hash))
        {
            f[n++] = FoldedHash.Feature(31, (ulong)pos);
        }
        if (PersonCues.IsCalendar(t.Hash))
        {
            f[n++] = FoldedHash.Feature(32, (ulong)pos);
        }
        if (PersonCues.IsOrgWord(c.After1) || (j + 1 < run.Length && PersonCues.IsOrgWord(run[j + 1].Hash)))
        {
            f[n++] = FoldedHash.Feature(33, 0);
        }
        if (PersonCues.IsOrgWord(t.Hash))
        {
            f[n++] = FoldedHash.Feature(34, (ulong)pos);
        }
        if (c.LineStart && c.PunctAfter == RunContext.Colon)
        {
            f[n++] = FoldedHash.Feature(35, lexicon);
        }
        return n;
    }

    /// <summary>0 none, 1 rare, 2 uncommon, 3 common, 4 very common (of the 0-15 lexicon buckets).</summary>
    private static int Coarse(int bucket) => bucket switch
    {
        0 => 0,
        <= 4 => 1,
        <= 8 => 2,
        <= 11 => 3,
        _ => 4,
    };

    private static ulong Shape(ReadOnlySpan<char> word)
    {
        ulong shape = 0;
        foreach (var ch in word)
        {
            if (ch >= 0x80)
            {
                shape |= 1;
            }
            else if (ch == '-')
            {
                shape |= 2;
            }
            else if (ch is '\'' or '\u2019')
            {
                shape |= 4;
            }
        }
        for (var k = 1; k < word.Length; k++)
        {
            if (WordReader.IsUpper(word[k]))
            {
                shape |= 8;
            }
        }
        return shape;
    }
}
