using System.Text;

namespace StreamFilter.Cli.People;

/// <summary>
/// Generates labelled people text from <see cref="PeopleTemplates"/>: names from the pools, addresses
/// from <see cref="AddressFaker"/>, the same seed giving the same text. Used to train the person
/// classifier (train pools) and to write the generated test set (test pools, another seed).
/// </summary>
internal sealed class PeopleTextGenerator(NamePools names, AddressFaker addresses, Random random, bool test)
{
    // Every sixth template is held out for the test set, so the test text is not the training text with other names.
    private readonly string[] _positive = PeopleTemplates.Positive.Where((_, k) => (k % 6 == 5) == test).ToArray();
    private readonly string[] _negative = PeopleTemplates.Negative.Where((_, k) => (k % 6 == 5) == test).ToArray();

    public LabelledText Next()
    {
        var roll = random.NextDouble();
        if (roll < 0.3)
        {
            var text = _negative[random.Next(_negative.Length)];
            return new LabelledText(text, []);
        }
        return Fill(_positive[random.Next(_positive.Length)]);
    }

    public LabelledText Fill(string template)
    {
        var sb = new StringBuilder();
        var spans = new List<(int, int, string)>();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }
            sb.Append(template, i, open - i);
            var close = template.IndexOf('}', open);
            var slot = template[(open + 1)..close];
            i = close + 1;
            var start = sb.Length;
            string? label = "PERSON";
            switch (slot)
            {
                case "F": sb.Append(Given()); break;
                case "L": sb.Append(Surname()); break;
                case "FL": sb.Append(Given()).Append(' ').Append(Surname()); break;
                case "FML": sb.Append(Given()).Append(' ').Append((char)('A' + random.Next(26))).Append(random.Next(2) == 0 ? ". " : " ").Append(Surname()); break;
                case "f":
                    sb.Append(Handle());
                    break;
                case "A": sb.Append(addresses.Next(Locale(), full: true)); label = "STREET_ADDRESS"; break;
                case "S": sb.Append(addresses.Next(Locale(), full: false)); label = "STREET_ADDRESS"; break;
                case "W": sb.Append(PeopleTemplates.Work[random.Next(PeopleTemplates.Work.Length)]); label = null; break;
                case "T": sb.Append(PeopleTemplates.Titles[random.Next(PeopleTemplates.Titles.Length)]); label = null; break;
                default: throw new InvalidOperationException($"unknown slot {slot}");
            }
            if (label is not null)
            {
                spans.Add((start, sb.Length, label));
            }
        }
        return new LabelledText(sb.ToString(), spans);
    }

    private string Locale() => AddressFaker.Locales[random.Next(AddressFaker.Locales.Length)];

    private string Given() => names.Given[random.Next(names.Given.Length)];

    private string Surname() => names.Surnames[random.Next(names.Surnames.Length)];

    /// <summary>A lower-case handle from a common given name (ASCII, as chat handles are).</summary>
    private string Handle()
    {
        for (var tries = 0; tries < 20; tries++)
        {
            var g = Given();
            if (g.All(char.IsAsciiLetter) && g.Length <= 8)
            {
                return g.ToLowerInvariant();
            }
        }
        return "dana";
    }
}
