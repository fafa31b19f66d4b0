using System.Buffers;
using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Tests.Detection;

/// <summary>
/// <see cref="KeywordSearch"/> must find exactly what IndexOfAny over SearchValues with
/// OrdinalIgnoreCase finds, from any start, on ASCII texts (its vector path) and on texts with
/// non-ASCII characters (its fallback), across the 32- and 64-character blocks.
/// </summary>
public class KeywordSearchTests
{
    private static readonly string[] Words = ["password", "pwd", "pass", "token", "api_key", "api-key", "auth", "client_secret", "secret"];

    [Fact]
    public void Agrees_with_SearchValues_from_every_start_on_generated_text()
    {
        var search = new KeywordSearch(Words);
        var reference = SearchValues.Create(Words, StringComparison.OrdinalIgnoreCase);
        string[] pieces = ["pass", "PASSWORD", "pw", "pwd", "tok", "Token", "api_", "api-key", "AUTH", "au", "secre", "client_SECRET",
            " ", "=", "_", "-", "x", "é", "K", "\u212A", "2026-06-01 ", "by"];
        var random = new Random(3);
        var found = 0;
        for (var n = 0; n < 5_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            var anchors = TextAnchors.ForStandalone(text);
            for (var from = 0; from <= text.Length; from += 1 + random.Next(8))
            {
                var hit = from < text.Length ? text.AsSpan(from).IndexOfAny(reference) : -1;
                var expected = hit < 0 ? -1 : from + hit;
                Assert.Equal(expected, search.IndexOfAny(text, anchors, from));
                found += expected >= 0 ? 1 : 0;
            }
        }
        Assert.True(found > 10_000, $"only {found} hits: the comparison would test little");
    }

    [Theory]
    [InlineData("no key words in this sentence at all, none whatsoever, really", -1)]
    [InlineData("the DB_PASSWORD is set", 7)]
    [InlineData("................................................................Token", 64)]
    [InlineData("...............................................................Token", 63)]
    public void Finds_the_first_word(string text, int expected)
    {
        Assert.Equal(expected, new KeywordSearch(Words).IndexOfAny(text, TextAnchors.ForStandalone(text), 0));
    }

    [Fact]
    public void Refuses_words_it_cannot_search_exactly()
    {
        Assert.Throws<ArgumentException>(() => new KeywordSearch(["ok", "x"]));
        Assert.Throws<ArgumentException>(() => new KeywordSearch(["mot de passé"]));
    }
}
