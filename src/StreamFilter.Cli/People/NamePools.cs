using System.Globalization;
using StreamFilter.Core.Detection.People;

namespace StreamFilter.Cli.People;

/// <summary>
/// Given names and surnames for generated training and test text, read from ../shared/reference/names
/// (SSA and Census 2010, public domain; Faker's 82 locales, MIT). Each name falls into the train or
/// the test pool by a stable hash, so the generated test set holds names the classifier never saw
/// next to a label (the lexicon may still know them, as it knows real people's names).
/// </summary>
internal sealed class NamePools
{
    public required string[] Given { get; init; }
    public required string[] Surnames { get; init; }

    public static NamePools Load(string referenceDir, bool test)
    {
        var given = Read(Path.Combine(referenceDir, "names", "first_names.tsv"), 3000, test);
        var surnames = Read(Path.Combine(referenceDir, "names", "last_names.tsv"), 6000, test);
        return new NamePools { Given = given, Surnames = surnames };
    }

    public static bool IsTestName(string name) => FoldedHash.Of(name) % 5 == 0;

    private static string[] Read(string path, int topUs, bool test)
    {
        var us = new List<(string Name, long Count)>();
        var other = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var c = line.Split('\t');
            if (c.Length < 10 || c[0].Length < 2 || !char.IsUpper(c[0][0]) || c[0].Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }
            if (c[9] is "ssa" or "census2010")
            {
                us.Add((c[0], long.Parse(c[6], CultureInfo.InvariantCulture)));
            }
            else if (c[9] == "faker" && c[5] == "native")
            {
                other.Add(c[0]);
            }
        }
        var names = us.OrderByDescending(x => x.Count).Take(topUs).Select(x => x.Name).Concat(other).Distinct(StringComparer.Ordinal);
        return names.Where(n => IsTestName(n) == test).ToArray();
    }
}
