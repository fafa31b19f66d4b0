using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Tests.Detection;

public class SecretTextTests
{
    [Theory]
    [InlineData("short words only here", 20, false)]
    [InlineData("a twenty-char run: abcdefghij0123456789 ok", 20, true)]
    [InlineData("abcdefghij0123456789", 20, true)] // the whole text
    [InlineData("abcdefghij012345678", 20, false)] // one short
    [InlineData("x abcdefghij 0123456789", 20, false)] // split by a space
    [InlineData("0123456789abcdefghij tail", 20, true)] // at the start
    [InlineData("head 0123456789abcdefghij", 20, true)] // at the end
    [InlineData("a bc def ghij 0123456789abcdefghijk l", 20, true)] // after short words
    [InlineData("0123456789abcdefghi 0123456789abcdefghi", 20, false)] // two runs of 19
    public void HasRunOf_finds_long_runs(string text, int min, bool expected)
    {
        Assert.Equal(expected, SecretText.HasRunOf(text, SecretText.BlobSet, min));
    }

    [Fact]
    public void TryFindRun_agrees_with_a_character_count_on_generated_text()
    {
        // Long runs of token characters, broken by spaces, punctuation and non-ASCII letters, so the
        // 16-character blocks, the runs crossing them and the scalar tail are all exercised.
        const string alphabet = "aZ09_-+/=.~aaaaaaaaaaaaaaaaaaaa bbbbbbbbbbbbbbb,é";
        var random = new Random(11);
        for (var n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, 90)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }
            var text = new string(chars);
            var from = random.Next(0, 4);
            foreach (var min in new[] { 5, 18, 20 })
            {
                var expected = FirstRun(text, from, min);
                var found = SecretText.TryFindRun(text, from, SecretText.BlobSet, min, out var start, out var end);
                Assert.Equal(expected.Start >= 0, found);
                if (found)
                {
                    Assert.Equal(expected, (start, end));
                }
            }
        }
    }

    private static (int Start, int End) FirstRun(string text, int from, int min)
    {
        var run = 0;
        for (var i = from; i <= text.Length; i++)
        {
            if (i < text.Length && "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+/=.~".Contains(text[i]))
            {
                run++;
                continue;
            }
            if (run >= min)
            {
                return (i - run, i);
            }
            run = 0;
        }
        return (-1, -1);
    }

    [Theory]
    [InlineData("****", true)]
    [InlineData("xxxxxxxxxxxxAB", true)]
    [InlineData("${DB_PASSWORD}", true)]
    [InlineData("{{ vault_pw }}", true)]
    [InlineData("<password>", true)]
    [InlineData("[REDACTED]", true)]
    [InlineData("AKIAIOSFODNN7EXAMPLE", true)]
    [InlineData("changeme", false)]
    [InlineData("Tr0ub4dor&3", false)]
    public void IsPlaceholder_separates_stand_ins_from_values(string value, bool expected)
    {
        Assert.Equal(expected, SecretText.IsPlaceholder(value));
    }
}
