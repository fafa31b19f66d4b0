using System.Text;
using System.Text.Json;

namespace StreamFilter.Cli.People;

/// <summary>
/// Postal addresses in the formats of seven locales (US, UK, Canada, Germany, France, Spain, Italy),
/// built from Faker's address vocabulary (../shared/reference/address/faker_address_vocab.jsonl,
/// MIT) and the name pools: "4821 Whitfield Avenue Apt. 12\nDanaville, OR 97201",
/// "Hauptstraße 12\n10115 Berlin", "12, rue Dupont\n75002 Paris", "Flat 3\n14 Crown Street\nLondon\nSW1A 2AA".
/// </summary>
internal sealed class AddressFaker
{
    private readonly Random _random;
    private readonly NamePools _names;
    private readonly Dictionary<string, string[]> _vocab = new(StringComparer.Ordinal);

    public AddressFaker(string referenceDir, NamePools names, Random random)
    {
        _random = random;
        _names = names;
        foreach (var line in File.ReadLines(Path.Combine(referenceDir, "address", "faker_address_vocab.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            if (r.GetProperty("values") is { ValueKind: JsonValueKind.Array } values)
            {
                _vocab[r.GetProperty("locale").GetString() + "/" + r.GetProperty("attribute").GetString()] =
                    values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToArray();
            }
        }
    }

    public static readonly string[] Locales = ["us", "us", "us", "gb", "ca", "de", "fr", "es", "it"];

    private string Pick(params string[] options) => options[_random.Next(options.Length)];

    private string V(string key) => _vocab.TryGetValue(key, out var v) && v.Length > 0 ? v[_random.Next(v.Length)] : "";

    private string Given => _names.Given[_random.Next(_names.Given.Length)];

    private string Surname => _names.Surnames[_random.Next(_names.Surnames.Length)];

    private string Digits(int min, int max)
    {
        var n = _random.Next(min, max + 1);
        var sb = new StringBuilder();
        sb.Append((char)('1' + _random.Next(9)));
        for (var i = 1; i < n; i++)
        {
            sb.Append((char)('0' + _random.Next(10)));
        }
        return sb.ToString();
    }

    private string Zip => Digits(5, 5);

    private string Letter(string letters = "ABCDEFGHJKLMNPRSTUVWXYZ") => letters[_random.Next(letters.Length)].ToString();

    private string UsCity() => _random.Next(3) switch
    {
        0 => V("en_US/city_prefixes") + " " + Given + V("en_US/city_suffixes"),
        1 => Surname + V("en_US/city_suffixes"),
        _ => Pick("Springfield", "Portland", "Austin", "Denver", "Madison", "Columbus", "Raleigh", "Boise", "Tucson", "Oakland", "Brooklyn", "Seattle", "Chicago", "Houston", "Phoenix"),
    };

    /// <summary>A street line ("4821 Whitfield Ave Apt. 12") and, in <paramref name="full"/>, the city/region/postcode lines too.</summary>
    public string Next(string locale, bool full)
    {
        var sep = Pick("\n", ", ", ", ", " ");
        switch (locale)
        {
            case "us":
            {
                var suffix = _random.Next(3) == 0 ? Pick("St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Ct", "Pl", "Way", "Pkwy", "St.", "Ave.") : V("en_US/street_suffixes");
                var name = _random.Next(4) switch
                {
                    0 => Given,
                    1 => Pick("Main", "Oak", "Maple", "Cedar", "Elm", "Pine", "Washington", "Lake", "Hill", "Park", "First", "Second", "Third", "5th", "12th", "Sunset", "Lincoln", "Jackson"),
                    _ => Surname,
                };
                var dir = _random.Next(6) == 0 ? Pick("N ", "S ", "E ", "W ", "North ", "NW ") : "";
                var street = $"{Digits(2, 5)} {dir}{name} {suffix}";
                if (_random.Next(3) == 0)
                {
                    street += (_random.Next(2) == 0 ? " " : ", ") + Pick("Apt. ", "Apt ", "Suite ", "Unit ", "#", "Ste ") + Digits(1, 3);
                }
                return full ? $"{street}{sep}{UsCity()}, {V("en_US/states_abbr")} {Zip}{(_random.Next(5) == 0 ? "-" + Digits(4, 4) : "")}" : street;
            }
            case "gb":
            {
                var street = $"{Digits(1, 3)} {(_random.Next(2) == 0 ? Surname : Given)} {Pick("Street", "Road", "Lane", "Close", "Avenue", "Drive", "Crescent", "Gardens", "Way", "Place", "Terrace", "Grove", "Mews", "Square")}";
                if (_random.Next(4) == 0)
                {
                    street = $"{Pick("Flat", "Studio")} {Digits(1, 2)}{sep}{street}";
                }
                var postcode = Pick("SW1A 2AA", "EC1A 1BB", "W1A 0AX", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS1 4AP", "G2 3WT", "EH1 1YZ", "BS1 5TR", "CB2 1TN", "OX1 2JD", "NW3 4QG");
                postcode = _random.Next(2) == 0 ? postcode : $"{Letter()}{Letter()}{Digits(1, 2)} {Digits(1, 1)}{Letter("ABDEFGHJLNPQRSTUWXYZ")}{Letter("ABDEFGHJLNPQRSTUWXYZ")}";
                var city = Pick("London", "Manchester", "Leeds", "Bristol", "Glasgow", "Edinburgh", "Cambridge", "Oxford", "Cardiff", "York", Surname + V("en_GB/city_suffixes"));
                return full ? $"{street}{sep}{city}{sep}{postcode}" : street;
            }
            case "ca":
            {
                var street = $"{Digits(2, 5)} {Surname} {Pick("Street", "Avenue", "Road", "Boulevard", "Drive", "Crescent", "St", "Ave", "Rd")}";
                var postal = $"{Letter("ABCEGHJKLMNPRSTVXY")}{Digits(1, 1)}{Letter("ABCEGHJKLMNPRSTVWXYZ")} {Digits(1, 1)}{Letter("ABCEGHJKLMNPRSTVWXYZ")}{Digits(1, 1)}";
                return full ? $"{street}{sep}{Pick("Toronto", "Ottawa", "Calgary", "Halifax", "Winnipeg", "Victoria", "Montréal", "Québec")}, {V("en_CA/provinces_abbr")} {postal}" : street;
            }
            case "de":
            {
                var street = _random.Next(3) switch
                {
                    0 => $"{Surname}{V("de_DE/street_suffixes_short")}",
                    1 => $"{Given}-{Surname}-{V("de_DE/street_suffixes_long")}",
                    _ => Pick("Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Gartenweg", "Lindenallee", "Marktplatz", "Bergstr.", "Kirchgasse", "Am Ring", "Goethestraße"),
                };
                street += " " + Digits(1, 3) + (_random.Next(6) == 0 ? Letter("abc") : "");
                return full ? $"{street}{sep}{Zip} {V("de_DE/cities")}" : street;
            }
            case "fr":
            {
                var street = $"{Digits(1, 3)}{Pick(", ", " ")}{Pick("rue", "avenue", "boulevard", "chemin", "place", "impasse", "allée", "Rue", "Avenue")} {Pick("", "de ", "du ", "des ")}{Surname}";
                return full ? $"{street}{sep}{Zip} {Pick("Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux", "Rennes", "Saint-" + Given)}" : street;
            }
            case "es":
            {
                var street = $"{V("es_ES/street_prefixes")} {Pick("", "de ")}{Given} {Surname} {Digits(1, 3)}";
                if (_random.Next(3) == 0)
                {
                    street += " " + Pick("Piso ", "Puerta ", "Apt. ") + Digits(1, 2);
                }
                return full ? $"{street}{sep}{Pick("Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Bilbao")}, {Zip}" : street;
            }
            default:
            {
                var street = $"{V("it_IT/street_suffixes")} {Pick(Surname, Given + " " + Surname, "Roma", "Garibaldi", "Mazzini", "Dante")}{Pick(", ", " ")}{Digits(1, 3)}";
                return full ? $"{street}{sep}{Zip} {Pick("Roma", "Milano", "Napoli", "Torino", "Firenze", "Bologna", "Genova")} ({V("it_IT/states_abbr")})" : street;
            }
        }
    }
}
