using System.Text;
using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

/// <summary>
/// Every built-in detector on seeded random text dense in digits, capitals and separators (the
/// characters their parsers look around): no exception, spans inside the text, and the same answer twice.
/// </summary>
public class DetectorRobustnessTests
{
    private const string Alphabet = "0123456789012345678901234567899ABEGKMNXZ -./:_@#,\n\tab\u00e9\U0001F600";

    public static TheoryData<string> DetectorIds() => new(DetectorCatalog.BuiltIn.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(DetectorIds))]
    public void Never_throws_and_stays_in_bounds(string id)
    {
        var detector = DetectorCatalog.Find(id)!;
        var random = new Random(20261122);
        using var first = new FindingList();
        using var second = new FindingList();
        for (var n = 0; n < 3000; n++)
        {
            var text = RandomText(random, random.Next(0, 80));
            first.Clear();
            second.Clear();
            detector.Scan(text, first);
            detector.Scan(text, second);
            Assert.Equal(first.ToArray(), second.ToArray());
            foreach (var f in first.AsSpan())
            {
                Assert.True(f.Start >= 0 && f.Start < f.End && f.End <= text.Length, $"{id} reported [{f.Start},{f.End}) in a text of {text.Length}");
                Assert.Contains(f.EntityType, detector.EntityTypes);
                Assert.InRange(f.Score, 0f, 1f);
            }
        }
    }

    private static string RandomText(Random random, int length)
    {
        var sb = new StringBuilder(length);
        var runes = Alphabet.EnumerateRunes().ToArray();
        for (var k = 0; k < length; k++)
        {
            sb.Append(runes[random.Next(runes.Length)].ToString());
        }
        return sb.ToString();
    }
}
