using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.Disguises;

/// <summary>
/// The property the normalised view promises: for any text and any disguise in <see cref="Disguise.All"/>,
/// a value found in its plain form is found disguised, as the same entity type, and the finding covers
/// every original character of the disguised value (so redaction leaves none of it). Texts are drawn
/// from a seeded generator: random prose around the value, with and without context words.
/// </summary>
public class DisguisePropertyTests
{
    private const int Cases = 600;

    private static readonly (string Value, string Type, string Context)[] Values =
    [
        ("536-22-4871", EntityType.UsSsn, "my ssn is"),
        ("219-09-9991", EntityType.UsSsn, "social security number:"),
        ("4111 1111 1111 1111", EntityType.CreditCard, "card"),
        ("5105-1051-0510-5100", EntityType.CreditCard, "pay with"),
        ("378282246310005", EntityType.CreditCard, "amex"),
        ("DE89 3704 0044 0532 0130 00", EntityType.Iban, "wire to"),
        ("jane.doe@gmail.com", EntityType.Email, "write to"),
        ("r.khan@example.org", EntityType.Email, "contact"),
    ];

    private static readonly string[] Words =
    [
        "please", "update", "the", "form", "before", "Friday", "thanks", "ok", "so", "here", "is", "it", "again", "for", "records",
        "v2.14.3", "build", "4821", "at", "10:30", "order", "#1200345", "(see", "notes)", "and", "then", "résumé", "日本", "—", "→",
    ];

    [Fact]
    public void A_value_found_plain_is_found_disguised_and_covered_whole()
    {
        var random = new Random(20260608);
        var checkedCases = 0;
        for (var n = 0; n < Cases; n++)
        {
            var (value, type, context) = Values[random.Next(Values.Length)];
            var disguise = Disguise.All[random.Next(Disguise.All.Count)];
            var disguised = disguise.Apply(value);
            if (disguised is null)
            {
                continue;
            }
            var before = Prose(random) + " " + context + " ";
            var after = " " + Prose(random);
            var plainText = before + value + after;
            if (!Covers(plainText, before.Length, before.Length + value.Length, type))
            {
                continue; // the property is about values found plain
            }
            var text = before + disguised + after;
            Assert.True(Covers(text, before.Length, before.Length + disguised.Length, type),
                $"case {n}: {type} disguised by '{disguise}' not found whole");
            checkedCases++;
        }
        Assert.True(checkedCases > Cases / 2, $"only {checkedCases} cases checked");
    }

    [Theory]
    [MemberData(nameof(EveryDisguise))]
    public void Every_disguise_applies_to_some_value_and_is_seen_through(string name)
    {
        var disguise = Disguise.All.Single(d => d.Name == name);
        var applied = 0;
        foreach (var (value, type, context) in Values)
        {
            var disguised = disguise.Apply(value);
            if (disguised is null)
            {
                continue;
            }
            applied++;
            var before = "fyi " + context + " ";
            Assert.True(Covers(before + disguised + " thanks", before.Length, before.Length + disguised.Length, type),
                $"{type} disguised by '{name}' not found whole");
        }
        Assert.NotEqual(0, applied);
    }

    public static TheoryData<string> EveryDisguise() => [.. Disguise.All.Select(d => d.Name)];

    /// <summary>True when one finding of <paramref name="type"/> covers [start, end) of <paramref name="text"/>.</summary>
    private static bool Covers(string text, int start, int end, string type) =>
        DetectorTestKit.Scan(text).Any(f => f.EntityType == type && f.Start <= start && f.End >= end);

    private static string Prose(Random random)
    {
        var count = random.Next(0, 6);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => Words[random.Next(Words.Length)]));
    }
}
