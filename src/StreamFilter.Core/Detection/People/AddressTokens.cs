namespace StreamFilter.Core.Detection.People;

internal enum AddressTokenKind : byte
{
    Word,
    Number,
    Punct,
    Newline,
}

/// <summary>One token of the window around an address anchor.</summary>
internal struct AddressToken
{
    public int Start;
    public int End;
    public AddressTokenKind Kind;
    public ulong Hash;
    public StreetWord Flags;
    public bool Capitalised;
    public bool AllCaps;

    public readonly bool Is(char punct, ReadOnlySpan<char> text) => Kind == AddressTokenKind.Punct && text[Start] == punct;

    public readonly int Length => End - Start;
}

/// <summary>
/// Splits a short window of text into words, numbers ("12", "12B", "5th"), single punctuation marks
/// and line breaks, each word with its <see cref="StreetLexicon"/> flags: the input of
/// <see cref="AddressGrammar"/>. Only the window around a candidate house number is tokenised.
/// </summary>
internal static class AddressTokens
{
    public const int Max = 48;

    /// <summary>Tokenises text[from..to] into <paramref name="tokens"/>; returns the count.</summary>
    public static int Read(ReadOnlySpan<char> text, int from, int to, Span<AddressToken> tokens)
    {
        var n = 0;
        var i = from;
        while (i < to && n < tokens.Length)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\u00A0')
            {
                i++;
                continue;
            }
            ref var t = ref tokens[n];
            t.Start = i;
            t.Flags = StreetWord.None;
            t.Capitalised = false;
            t.AllCaps = false;
            t.Hash = 0;
            if (c is '\n' or '\r')
            {
                t.Kind = AddressTokenKind.Newline;
                while (i < to && text[i] is '\n' or '\r' or ' ' or '\t')
                {
                    i++;
                }
                t.End = i;
            }
            else if (char.IsDigit(c))
            {
                var e = i;
                while (e < to && char.IsDigit(text[e]))
                {
                    e++;
                }
                // "12B", "12a", "5th", "21st": letters glued to a number stay with it when short.
                var l = e;
                while (l < to && l - e < 2 && WordReader.IsLetter(text[l]))
                {
                    l++;
                }
                if (l > e && (l >= to || !WordReader.IsLetter(text[l])))
                {
                    e = l;
                }
                t.Kind = AddressTokenKind.Number;
                t.End = e;
                i = e;
            }
            else if (WordReader.IsLetter(c))
            {
                var e = WordReader.End(text, i);
                if (e > to)
                {
                    e = to;
                }
                t.Kind = AddressTokenKind.Word;
                t.End = e;
                t.Hash = FoldedHash.Of(text[i..e]);
                t.Flags = StreetLexicon.Of(t.Hash);
                t.Capitalised = WordReader.IsUpper(c);
                t.AllCaps = WordReader.IsAllCaps(text[i..e]);
                i = e;
            }
            else
            {
                t.Kind = AddressTokenKind.Punct;
                t.End = i + 1;
                i++;
            }
            n++;
        }
        return n;
    }
}
