namespace StreamFilter.Core.Detection.People;

/// <summary>
/// STREET_ADDRESS: postal addresses by the grammar of <see cref="AddressGrammar"/>, anchored on house
/// numbers: the engine offers every run of one to six digits (found once for all numeric detectors),
/// and timestamps, versions and ids fail the look-around at once. One finding covers street, unit and locality, so the city or
/// region of an address is redacted with it; a city on its own is not reported.
/// </summary>
public sealed class StreetAddressDetector : DigitRunDetector
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

    public override ulong RunLengths { get; } = LengthRange(1, 6);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int length, FindingList findings)
    {
        var s = start;
        var e = start + length;
        if (!LetterNearby(text, s, e) || !StreetWordNearby(text, s, e) || IsCovered(findings, s))
        {
            return;
        }
        Span<AddressToken> tokens = stackalloc AddressToken[AddressTokens.Max];
        var from = WindowStart(text, s);
        var n = AddressTokens.Read(text, from, Math.Min(text.Length, e + WindowAfter), tokens);
        var k = 0;
        while (k < n && tokens[k].Start < s)
        {
            k++;
        }
        if (k < n && tokens[k].Start == s && AddressGrammar.TryParse(text, tokens[..n], k, out var first, out var end, out var score)
            && !IsCovered(findings, first))
        {
            findings.Add(EntityType.StreetAddress, first, end, score);
        }
    }

    /// <summary>True when an address already found covers <paramref name="position"/> (the ZIP or the second number of one).</summary>
    private static bool IsCovered(FindingList findings, int position)
    {
        var items = findings.AsSpan();
        for (var i = items.Length - 1; i >= 0 && i >= items.Length - 4; i--)
        {
            if (items[i].EntityType == EntityType.StreetAddress && items[i].Start <= position && position < items[i].End)
            {
                return true;
            }
        }
        return false;
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

    /// <summary>
    /// A street type, a box word or a compound street name among the six words after the number or the
    /// seven before it, found word by word with one look-up each: the cheap test that spares
    /// "Build 4821 failed" and "batch 88123 in 412 ms" the tokenising of a whole window.
    /// </summary>
    private static bool StreetWordNearby(ReadOnlySpan<char> text, int s, int e)
    {
        var i = e;
        for (var words = 0; words < 6 && i < text.Length; words++)
        {
            while (i < text.Length && text[i] is ' ' or ',' or '.' or '\'' or '-' or '\t')
            {
                i++;
            }
            if (i >= text.Length || !WordReader.IsLetter(text[i]))
            {
                if (i < text.Length && char.IsAsciiDigit(text[i]) && words == 0)
                {
                    // "17151 2450 Crown St": another number first.
                    while (i < text.Length && char.IsAsciiDigit(text[i]))
                    {
                        i++;
                    }
                    continue;
                }
                break;
            }
            var end = WordReader.End(text, i);
            // Work text's numbers are followed by lower-case words ("412 ms", "3 business days"): a street
            // name starts with a capital, or with a lower-case street type ("12 rue de la Paix").
            var flags = StreetLexicon.Of(text[i..end]);
            if ((flags & (StreetWord.Suffix | StreetWord.Prefix)) != 0 && (words > 0 || WordReader.IsUpper(text[i]) || (flags & StreetWord.CorePrefix) != 0))
            {
                return true;
            }
            if (words == 0 && !WordReader.IsUpper(text[i]))
            {
                break;
            }
            i = end;
        }
        var j = s;
        for (var words = 0; words < 7 && j > 0; words++)
        {
            while (j > 0 && text[j - 1] is ' ' or ',' or '.' or '\'' or '\t')
            {
                j--;
            }
            if (j == 0 || !WordReader.IsLetter(text[j - 1]))
            {
                break;
            }
            var start = WordReader.Start(text, j);
            if (words == 0 && !WordReader.IsUpper(text[start]))
            {
                // "Build 4821", "in 412": a street before its number is capitalised ("Hauptstraße 12", "Via Roma 10").
                break;
            }
            var word = text[start..j];
            var flags = StreetLexicon.Of(word);
            if ((flags & (StreetWord.Suffix | StreetWord.Prefix)) != 0 || (words == 0 && (StreetLexicon.HasGluedSuffix(word)
                || word.Equals("box", StringComparison.OrdinalIgnoreCase) || word.Equals("psc", StringComparison.OrdinalIgnoreCase) || word.Equals("unit", StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }
            j = start;
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
