namespace StreamFilter.Core.Detection.People;

/// <summary>
/// What surrounds a candidate name run: the two words before it and after it (folded hashes, 0 when
/// none), the punctuation between (",", ":", "@", a line break...), and whether the run starts a
/// sentence or a line. The token classifier's context features come from here.
/// </summary>
internal struct RunContext
{
    public ulong Before1;
    public ulong Before2;
    public ulong After1;
    public ulong After2;
    public int PunctBefore;
    public int PunctAfter;
    public bool SentenceStart;
    public bool LineStart;
    public bool Before1Capitalised;
    public bool After1Capitalised;

    // Punctuation codes: what lies between the run and the word next to it.
    public const int None = 0;
    public const int Comma = 1;
    public const int Colon = 2;
    public const int Stop = 3;
    public const int At = 4;
    public const int Quote = 5;
    public const int Paren = 6;
    public const int Bracket = 7;
    public const int Dash = 8;
    public const int Other = 9;
    public const int Apostrophe = 10;

    public static RunContext Of(ReadOnlySpan<char> text, int start, int end)
    {
        var c = new RunContext();
        var i = start;
        c.PunctBefore = ScanBack(text, ref i, out var newline);
        c.LineStart = newline || i == 0;
        c.SentenceStart = c.LineStart || c.PunctBefore == Stop;
        if (i > 0)
        {
            c.Before1 = WordBefore(text, ref i, out c.Before1Capitalised);
            if (c.Before1 != 0)
            {
                ScanBack(text, ref i, out var nl2);
                if (!nl2 && i > 0)
                {
                    c.Before2 = WordBefore(text, ref i, out _);
                }
                // A speaker label after a time stamp ("[00:41:07] Dana:") starts its line too.
                if (c.PunctBefore == Bracket && c.Before1 == NumberHash)
                {
                    c.LineStart = true;
                }
            }
        }
        var j = end;
        c.PunctAfter = ScanForward(text, ref j, out var newlineAfter);
        if (!newlineAfter && j < text.Length)
        {
            c.After1 = WordAfter(text, ref j, out c.After1Capitalised);
            if (c.After1 != 0)
            {
                ScanForward(text, ref j, out var nl2);
                if (!nl2 && j < text.Length)
                {
                    c.After2 = WordAfter(text, ref j, out _);
                }
            }
        }
        return c;
    }

    /// <summary>The hash standing for any number in word positions.</summary>
    public static readonly ulong NumberHash = FoldedHash.Of("<num>");

    private static int Classify(char ch) => ch switch
    {
        ',' or ';' => Comma,
        ':' => Colon,
        '.' or '!' or '?' => Stop,
        '@' => At,
        '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => Quote,
        '\'' or '\u2019' => Apostrophe,
        '(' or ')' => Paren,
        '[' or ']' => Bracket,
        '-' or '\u2013' or '\u2014' => Dash,
        _ => Other,
    };

    /// <summary>Moves <paramref name="i"/> back over spaces and at most three punctuation marks; returns the nearest mark's code.</summary>
    private static int ScanBack(ReadOnlySpan<char> text, ref int i, out bool newline)
    {
        newline = false;
        var punct = None;
        var marks = 0;
        while (i > 0)
        {
            var ch = text[i - 1];
            if (ch == '\n' || ch == '\r')
            {
                newline = true;
                i--;
                break;
            }
            if (ch == ' ' || ch == '\t')
            {
                i--;
                continue;
            }
            if (char.IsLetterOrDigit(ch) || marks == 3)
            {
                break;
            }
            if (punct == None)
            {
                punct = Classify(ch);
            }
            marks++;
            i--;
        }
        return punct;
    }

    private static int ScanForward(ReadOnlySpan<char> text, ref int j, out bool newline)
    {
        newline = false;
        var punct = None;
        var marks = 0;
        while (j < text.Length)
        {
            var ch = text[j];
            if (ch == '\n' || ch == '\r')
            {
                newline = true;
                if (punct == None)
                {
                    punct = Stop;
                }
                break;
            }
            if (ch == ' ' || ch == '\t')
            {
                j++;
                continue;
            }
            if (char.IsLetterOrDigit(ch) || marks == 3)
            {
                break;
            }
            if (punct == None)
            {
                punct = Classify(ch);
            }
            marks++;
            j++;
        }
        return punct;
    }

    private static ulong WordBefore(ReadOnlySpan<char> text, ref int i, out bool capitalised)
    {
        capitalised = false;
        var ch = text[i - 1];
        if (char.IsDigit(ch))
        {
            while (i > 0 && char.IsDigit(text[i - 1]))
            {
                i--;
            }
            return NumberHash;
        }
        if (!WordReader.IsLetter(ch))
        {
            return 0;
        }
        var s = WordReader.Start(text, i);
        capitalised = WordReader.IsUpper(text[s]);
        var h = FoldedHash.Of(text[s..i]);
        i = s;
        return h;
    }

    private static ulong WordAfter(ReadOnlySpan<char> text, ref int j, out bool capitalised)
    {
        capitalised = false;
        var ch = text[j];
        if (char.IsDigit(ch))
        {
            while (j < text.Length && char.IsDigit(text[j]))
            {
                j++;
            }
            return NumberHash;
        }
        if (!WordReader.IsLetter(ch))
        {
            return 0;
        }
        var e = WordReader.End(text, j);
        capitalised = WordReader.IsUpper(ch);
        var h = FoldedHash.Of(text[j..e]);
        j = e;
        return h;
    }
}
