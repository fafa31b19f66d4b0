using StreamFilter.Core.Detection;
using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Tests.Detection;

/// <summary>
/// <see cref="ContextWords.AnyIn(ReadOnlySpan{char})"/> walks word starts 16 characters at a time with
/// a scalar tail; over a whole text with its anchors (the engine's gate) it walks 64 at a time behind a
/// vectorized prefix filter; both take a scalar path for blocks holding non-ASCII text. Every path
/// must agree with the plain definition: some word occurs, ignoring case, where no letter or digit
/// precedes it.
/// </summary>
public class ContextWordsTests
{
    private static readonly string[] Words = ["ssn", "dx", "social security", "acct#", "a/c", "member id", "born", "Übername"];

    private static readonly ContextWords Context = new(Words);

    [Theory]
    [InlineData("my SSN is on file", true)]
    [InlineData("classnames", false)] // inside a word
    [InlineData("dxf files", true)] // a word start is enough: words match as prefixes
    [InlineData("xssn", false)]
    [InlineData("é-ssn", true)] // '-' ends the non-ASCII word
    [InlineData("éssn", false)] // a non-ASCII letter continues the word
    [InlineData("a long line of ordinary words before the end: DX", true)]
    [InlineData("a long line of ordinary words before the end: Dx2", true)]
    [InlineData("Social  security", false)] // two spaces: the phrase differs
    [InlineData("Mein Übername ist", true)]
    [InlineData("", false)]
    [InlineData("d", false)]
    public void Finds_words_at_word_starts(string text, bool expected)
    {
        Assert.Equal(expected, Context.AnyIn(text));
        Assert.Equal(expected, Context.AnyIn(text, TextAnchors.ForStandalone(text)));
    }

    [Fact]
    public void Agrees_with_the_plain_definition_on_generated_text()
    {
        const string alphabet = "ssnSSNdxDXbornacct#a/cmember idsocial securityé Ü-_.,:0123456789\t\nſK";
        var random = new Random(7);
        for (var n = 0; n < 30_000; n++)
        {
            var chars = new char[random.Next(0, 160)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }
            var text = new string(chars);
            var expected = Naive(text, Words);
            Assert.True(expected == Context.AnyIn(text), $"disagreement on generated text #{n}");
            Assert.True(expected == Context.AnyIn(text, TextAnchors.ForStandalone(text)), $"disagreement with anchors on generated text #{n}");
        }
    }

    [Fact]
    public void The_default_gate_agrees_with_the_plain_definition_on_prose_with_its_words()
    {
        // The context gate's real word set (dozens of words, two-letter ones among them, sharing the
        // prefilter's buckets), planted in prose with near misses, case changes and non-ASCII letters.
        var engine = DetectorCatalog.CreateDefaultEngine();
        var words = engine.Detectors.Where(d => d.RequiresContext).SelectMany(d => d.EntityTypes)
            .SelectMany(t => engine.ScoringFor(t).Context.Words).Distinct().ToArray();
        var gate = new ContextWords(words);
        // The plain definition includes the key spellings of words of several words ("card number" as
        // card_number, card-number, cardNumber), which the gate matches on purpose.
        var spelled = words.Concat(words.Where(w => w.Contains(' ', StringComparison.Ordinal) && w.Length >= 7)
            .SelectMany(w => new[] { w.Replace(" ", "", StringComparison.Ordinal), w.Replace(' ', '_'), w.Replace(' ', '-') })).ToArray();
        string[] pieces = [.. words, .. words.Select(w => w.ToUpperInvariant()), .. words.Select(w => w[..^1]),
            "the ", "and ", "created_at ", "schedule ", "range(", "x", "_", "-", "é", "İ", "ſ", " ", " ", "\n", "2026-06-01 ", "ID:"];
        var random = new Random(13);
        var opened = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 24)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = Naive(text, spelled);
            opened += expected ? 1 : 0;
            Assert.True(expected == gate.AnyIn(text), $"disagreement on generated text #{n}");
            Assert.True(expected == gate.AnyIn(text, TextAnchors.ForStandalone(text)), $"disagreement with anchors on generated text #{n}");
        }
        // Both answers occur often, so the comparison tests something either way.
        Assert.InRange(opened, 2_000, 18_000);
    }

    private static bool Naive(string text, IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
