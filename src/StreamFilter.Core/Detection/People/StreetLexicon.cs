using System.IO.Compression;
using System.Text;

namespace StreamFilter.Core.Detection.People;

/// <summary>What a word can be in an address grammar; a word may be several.</summary>
[Flags]
internal enum StreetWord : ushort
{
    None = 0,
    /// <summary>Any USPS or libpostal street type written after the name: "Brooks", "Pike", "Points".</summary>
    Suffix = 1,
    /// <summary>A street type written before the name: "rue", "Via", "Calle", "Avenida".</summary>
    Prefix = 2,
    /// <summary>A unit designator: "Apt", "Suite", "Flat", "Piso".</summary>
    Unit = 4,
    /// <summary>A directional: "N", "NW", "North".</summary>
    Direction = 8,
    /// <summary>A US state or Canadian province, code or name.</summary>
    State = 16,
    /// <summary>A city of 15,000 people or more (GeoNames).</summary>
    City = 32,
    /// <summary>The street types that make an address on their own ("Street", "Ave", "Road"), without a city or context word.</summary>
    CoreSuffix = 64,
    /// <summary>The prefix types that make an address on their own ("Via", "Calle", "rue").</summary>
    CorePrefix = 128,
}

/// <summary>
/// The address words (Data/street-lexicon.tsv: USPS Pub. 28 suffixes and unit designators, libpostal
/// street types (MIT), US states and Canadian provinces; Data/cities.tsv.gz: GeoNames cities, CC BY 4.0),
/// keyed by <see cref="FoldedHash"/>, and the glued street endings of compound street names
/// ("Hauptstraße", "Koskikatu", "Præstevænget").
/// </summary>
internal static class StreetLexicon
{
    private static readonly string[] CoreSuffixes =
    [
        "street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "drive", "dr", "lane", "ln", "court", "ct", "place", "pl",
        "way", "terrace", "ter", "circle", "cir", "parkway", "pkwy", "highway", "hwy", "square", "sq", "trail", "trl", "crescent", "cres",
        "close", "grove", "gardens", "mews", "alley", "plaza", "pike", "expressway", "freeway", "turnpike", "strasse", "straße", "str",
        "weg", "gasse", "allee", "platz", "straat", "laan", "vej", "gade", "gatan", "vägen", "veien", "gata", "katu", "tie",
        // Written as a separate word after the name, before the number: Hungarian, Nordic, Baltic.
        "u", "utca", "út", "tér", "körút", "krt", "rkp", "gate", "vegen", "iela", "tänav", "mnt", "gatvė", "ring",
    ];

    private static readonly string[] CorePrefixes =
    [
        "rue", "avenue", "boulevard", "bd", "chemin", "impasse", "allée", "place", "quai", "via", "viale", "piazza", "piazzale", "corso",
        "largo", "vicolo", "strada", "calle", "avenida", "avda", "plaza", "paseo", "carrer", "camino", "ronda", "rambla", "travesía",
        "rua", "travessa", "praça", "alameda", "estrada", "ul", "ulica", "aleja", "os", "utca", "odos", "leoforos", "ulitsa", "prospekt",
        "c", "urbanización", "vial", "glorieta", "cañada", "acceso", "pasaje", "cuesta", "pasadizo", "callejón", "incrocio", "contrada",
        "borgo", "rotonda", "stretto", "canale", "vicolo",
    ];

    private static readonly string[] Units =
    [
        "apt", "apartment", "suite", "ste", "unit", "flat", "floor", "fl", "room", "rm", "bldg", "building", "studio", "piso", "puerta",
        "appartamento", "piano", "lot", "dept", "office", "penthouse", "ph", "trailer", "trlr", "space", "spc", "pier", "slip", "hangar",
        "basement", "bsmt", "stock", "etage", "escalera", "esc", "bâtiment", "bat", "app", "appt",
    ];

    private static readonly string[] ShortGlued = ["vej", "weg", "str", "tie", "väg", "vei", "veg", "gt"];

    // German compound endings that libpostal's lists leave out.
    private static readonly string[] ExtraGlued = ["ring", "damm", "ufer", "chaussee", "pfad", "steig", "stieg", "gracht", "vænget", "vejen", "gaden", "stien", "parken"];

    private static readonly string[] NotGlued = ["land", "berg", "burg", "dorf", "uni", "universitaet", "universitat", "universität", "kreuz", "markt", "quelle", "haven", "nes", "hof", "byen", "penger", "siedlung"];

    private static readonly Lazy<(FingerprintTable Words, FingerprintTable Cities, string[][] GluedByLastChar)> Data = new(Load);

    /// <summary>The word's flags. Street types, units and states live in a small table that stays in cache; cities in their own.</summary>
    public static StreetWord Of(ulong foldedHash) => (StreetWord)Data.Value.Words.Get(foldedHash);

    /// <summary>The word's flags including <see cref="StreetWord.City"/>.</summary>
    public static StreetWord WithCity(ulong foldedHash) => (StreetWord)(Data.Value.Words.Get(foldedHash) | Data.Value.Cities.Get(foldedHash));

    public static StreetWord Of(ReadOnlySpan<char> word) => Of(FoldedHash.Of(word));

    /// <summary>True when <paramref name="word"/> is a compound street name: a glued street type after at least three letters.</summary>
    public static bool HasGluedSuffix(ReadOnlySpan<char> word)
    {
        if (word.Length < 6)
        {
            return false;
        }
        var last = FoldedHash.Fold(word[^1]);
        var candidates = last < 128 ? Data.Value.GluedByLastChar[last] : Data.Value.GluedByLastChar[0];
        if (candidates.Length == 0)
        {
            return false;
        }
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        var n = Math.Min(word.Length, lower.Length);
        for (var i = 0; i < n; i++)
        {
            lower[i] = FoldedHash.Fold(word[word.Length - n + i]);
        }
        foreach (var suffix in candidates)
        {
            if (n >= suffix.Length + 2 && lower[..n].EndsWith(suffix, StringComparison.Ordinal))
            {
                // "During", "String", "Delegate": English words that merely end like a street.
                return NameLexicon.Lookup(word).Word < 4;
            }
        }
        return false;
    }

    private static bool IsCommonWord(string term) => NameLexicon.Lookup(term).Word >= 6;

    private static (FingerprintTable, FingerprintTable, string[][]) Load()
    {
        var cities = new List<KeyValuePair<ulong, ushort>>();
        var flags = new Dictionary<ulong, ushort>();
        void Put(string word, StreetWord kind)
        {
            var h = FoldedHash.Of(word);
            flags[h] = (ushort)(flags.GetValueOrDefault(h) | (ushort)kind);
        }
        var glued = new List<string>();
        using (var reader = new StreamReader(EmbeddedData.Open("StreamFilter.Core.People.street-lexicon.tsv"), Encoding.UTF8))
        {
            while (reader.ReadLine() is { } line)
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (line.StartsWith('#') || tab <= 0)
                {
                    continue;
                }
                var term = line[(tab + 1)..];
                switch (line[..tab])
                {
                    case "usps": Put(term, StreetWord.Suffix); break;
                    // libpostal's types of other languages include short words that are common English
                    // ("is", "for", "and"): those only count when a core list below names them.
                    case "suffix" when !IsCommonWord(term): Put(term, StreetWord.Suffix); break;
                    case "prefix" when !IsCommonWord(term): Put(term, StreetWord.Prefix); break;
                    case "dir": Put(term, StreetWord.Direction); break;
                    case "state": Put(term, StreetWord.State); break;
                    // Three-letter endings match too many words ("Target", "Widget"): only the known street ones.
                    case "glued" when (term.Length >= 4 || ShortGlued.Contains(term)) && !NotGlued.Contains(term): glued.Add(term); break;
                }
            }
        }
        using (var gz = new GZipStream(EmbeddedData.Open("StreamFilter.Core.People.cities.tsv.gz"), CompressionMode.Decompress))
        using (var reader = new StreamReader(gz, Encoding.UTF8))
        {
            while (reader.ReadLine() is { } line)
            {
                if (!line.StartsWith('#') && line.Length > 0)
                {
                    cities.Add(new(FoldedHash.Of(line), (ushort)StreetWord.City));
                }
            }
        }
        foreach (var s in CoreSuffixes)
        {
            Put(s, StreetWord.CoreSuffix | StreetWord.Suffix);
        }
        foreach (var p in CorePrefixes)
        {
            Put(p, StreetWord.CorePrefix | StreetWord.Prefix);
        }
        foreach (var u in Units)
        {
            Put(u, StreetWord.Unit);
        }
        glued.AddRange(ExtraGlued);
        // Endings grouped by their last letter (ASCII; the rest share slot 0), so a word is compared with a few, not all.
        var byLast = new string[128][];
        for (var c = 0; c < 128; c++)
        {
            byLast[c] = glued.Where(g => (g[^1] < 128 ? g[^1] : 0) == c).ToArray();
        }
        return (new FingerprintTable(flags.Select(kv => new KeyValuePair<ulong, ushort>(kv.Key, kv.Value)).ToArray()),
            new FingerprintTable(cities.DistinctBy(c => c.Key).ToArray()), byLast);
    }
}
