namespace StreamFilter.Core.Detection.People;

/// <summary>
/// STREET_ADDRESS: postal addresses by the grammar of <see cref="AddressGrammar"/>, anchored on house
/// numbers (every run of one to six digits with a letter nearby is offered; timestamps, versions and
/// ids fail the look-around at once). One finding covers street, unit and locality, so the city or
/// region of an address is redacted with it; a city on its own is not reported.
/// </summary>
public sealed class StreetAddressDetector : Detector
{
    private const int WindowBefore = 90;
    private const int WindowAfter = 170;

    public override string Id => "street_address";

    public override IReadOnlyList<string> EntityTypes { get; } = [EntityType.StreetAddress];

    public override EntityScoring DefaultScoring(string entityType) => new(0.5f, new ContextWords(
    [
        "address", "addresses", "live", "lives", "living", "moved", "move", "ship", "shipping", "deliver", "delivery", "mail", "mailing",
        "located", "home", "billing", "office", "visit", "meet", "send", "sent", "resident", "residence", "adresse", "dirección", "indirizzo",
    ]));

    public override void Scan(ReadOnlySpan<char> text, FindingList findings)
    {
        Span<AddressToken> tokens = stackalloc AddressToken[AddressTokens.Max];
        var i = 0;
        var covered = 0;
        while (i < text.Length)
        {
            var hit = text[i..].IndexOfAnyInRange('0', '9');
            if (hit < 0)
            {
                return;
            }
            var s = i + hit;
            var e = s + 1;
            while (e < text.Length && char.IsAsciiDigit(text[e]))
            {
                e++;
            }
            i = e;
            if (s < covered || e - s > 6 || !LetterNearby(text, s, e))
            {
                continue;
            }
            var from = WindowStart(text, s);
            var n = AddressTokens.Read(text, from, Math.Min(text.Length, e + WindowAfter), tokens);
            var k = 0;
            while (k < n && tokens[k].Start < s)
            {
                k++;
            }
            if (k == n || tokens[k].Start != s)
            {
                continue;
            }
            if (AddressGrammar.TryParse(text, tokens[..n], k, out var start, out var end, out var score) && start >= covered)
            {
                findings.Add(EntityType.StreetAddress, start, end, score);
                covered = end;
                i = Math.Max(i, end);
            }
        }
    }

    /// <summary>A letter within two characters on either side: "12 Main", "Straße 12", "12B".</summary>
    private static bool LetterNearby(ReadOnlySpan<char> text, int s, int e)
    {
        for (var k = e; k < text.Length && k < e + 3; k++)
        {
            if (WordReader.IsLetter(text[k]))
            {
                return true;
            }
            if (text[k] is not (' ' or ',' or '\n' or '\t'))
            {
                break;
            }
        }
        for (var k = s - 1; k >= 0 && k >= s - 3; k--)
        {
            if (WordReader.IsLetter(text[k]))
            {
                return true;
            }
            if (text[k] is not (' ' or ',' or '.' or '\n' or '\t'))
            {
                break;
            }
        }
        return false;
    }

    /// <summary>About <see cref="WindowBefore"/> characters back, moved forward to a word boundary.</summary>
    private static int WindowStart(ReadOnlySpan<char> text, int s)
    {
        var from = Math.Max(0, s - WindowBefore);
        while (from > 0 && from < s && !char.IsWhiteSpace(text[from - 1]))
        {
            from++;
        }
        return from;
    }
}
