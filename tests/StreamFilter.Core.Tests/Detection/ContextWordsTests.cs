using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

/// <summary>
/// <see cref="ContextWords.AnyIn"/> walks word starts 16 characters at a time with a scalar tail and
/// a scalar path for blocks holding non-ASCII text; every path must agree with the plain definition:
/// some word occurs, ignoring case, where no letter or digit precedes it.
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
    }

    [Fact]
    public void Agrees_with_the_plain_definition_on_generated_text()
    {
        const string alphabet = "ssnSSNdxDXbornacct#a/cmember idsocial securityé Ü-_.,:0123456789\t\nſK";
        var random = new Random(7);
        for (var n = 0; n < 30_000; n++)
        {
            var chars = new char[random.Next(0, 70)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }
            var text = new string(chars);
            Assert.True(Naive(text) == Context.AnyIn(text), $"disagreement on generated text #{n}");
        }
    }

    private static bool Naive(string text)
    {
        foreach (var word in Words)
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
