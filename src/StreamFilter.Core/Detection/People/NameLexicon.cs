using System.IO.Compression;
using System.Text;

namespace StreamFilter.Core.Detection.People;

/// <summary>
/// What the shipped lexicon knows about a word: how common it is as a given name, as a surname and
/// as a lower-case English word, each a bucket 0-15 (0: not one; higher: more frequent, log-spaced).
/// "Dana" is a given name that is never a word; "Will" is a common given name and a very common word,
/// so the token classifier needs context for it.
/// </summary>
internal readonly record struct NameEntry(int Given, int Surname, int Word)
{
    public static NameEntry Unknown => default;

    public bool IsKnown => Given != 0 || Surname != 0 || Word != 0;

    public bool IsName => Given != 0 || Surname != 0;
}

/// <summary>
/// The embedded name and word lexicon (Data/people-lexicon.tsv.gz, built by
/// scripts/people/build_lexicons.py from public-domain and MIT name lists and our own word counts over
/// CC BY text; sources and licences in Data/README.md). Loaded once, on first use.
/// </summary>
internal static class NameLexicon
{
    private const string ResourceName = "StreamFilter.Core.People.people-lexicon.tsv.gz";

    private static readonly Lazy<FingerprintTable> Table = new(Load);

    public static int Count => Table.Value.Count;

    public static NameEntry Lookup(ReadOnlySpan<char> word) => Decode(Table.Value.Get(FoldedHash.Of(word)));

    public static NameEntry Lookup(ulong foldedHash) => Decode(Table.Value.Get(foldedHash));

    private static NameEntry Decode(ushort v) => new((v >> 8) & 0xF, (v >> 4) & 0xF, v & 0xF);

    private static FingerprintTable Load()
    {
        using var stream = EmbeddedData.Open(ResourceName);
        using var gz = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        var entries = new List<KeyValuePair<ulong, ushort>>(300_000);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.StartsWith('#') || tab <= 0 || line.Length != tab + 4)
            {
                continue;
            }
            var value = (ushort)((Hex(line[tab + 1]) << 8) | (Hex(line[tab + 2]) << 4) | Hex(line[tab + 3]));
            entries.Add(new(FoldedHash.Of(line.AsSpan(0, tab)), value));
        }
        return new FingerprintTable(entries);
    }

    private static int Hex(char c) => c <= '9' ? c - '0' : c - 'a' + 10;
}
