using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Tests.Detection;

public class TextAnchorsTests
{
    /// <summary>
    /// Every class agrees with a per-character definition, including characters whose low byte is an
    /// ASCII anchor ('İ' is U+0130, '0' is 0x30; 'ĺ' U+013A against ':'), which must not read as one.
    /// </summary>
    [Fact]
    public void Every_class_matches_its_characters_across_blocks_and_tails()
    {
        const string alphabet = "09afAFgzGZ.:-+(_/=~ @#\nİĺĭŭ€é\u00a0\u0100\u012e\u013d\u012b";
        var random = new Random(5);
        for (var n = 0; n < 3_000; n++)
        {
            var chars = new char[random.Next(0, 260)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }
            var text = new string(chars);
            var anchors = TextAnchors.ForStandalone(text);
            Assert.Equal(text.Length, anchors.Length);
            Assert.Equal(text.IndexOf('@', StringComparison.Ordinal), anchors.IndexOf<AtSigns>(0));
            Assert.Equal(text.Length > 70 ? text.IndexOf('@', 70) : -1, anchors.IndexOf<AtSigns>(70));
            Assert.Equal((text.Length + 63) / 64, anchors.Blocks.Length);
            for (var i = 0; i < anchors.Blocks.Length * 64; i++)
            {
                var c = i < text.Length ? text[i] : '\0';
                var block = anchors.Blocks[i / 64];
                var bit = i % 64;
                Assert.Equal(char.IsAsciiDigit(c), Has(block.Digits, bit));
                Assert.Equal(char.IsAsciiLetter(c), Has(block.Letters, bit));
                Assert.Equal(char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c) || char.IsAsciiHexDigitUpper(c) && !char.IsAsciiDigit(c), Has(block.HexLetters, bit));
                Assert.Equal(c > 127, Has(block.NonAscii, bit));
                Assert.Equal(c == '.', Has(block.Dot, bit));
                Assert.Equal(c == ':', Has(block.Colon, bit));
                Assert.Equal(c == '-', Has(block.Dash, bit));
                Assert.Equal(c == '+', Has(block.Plus, bit));
                Assert.Equal(c == '(', Has(block.OpenParen, bit));
                Assert.Equal(c == '_', Has(block.Underscore, bit));
                Assert.Equal(c == '/', Has(block.Slash, bit));
                Assert.Equal(c == '=', Has(block.EqualsSign, bit));
                Assert.Equal(c == '~', Has(block.Tilde, bit));
                Assert.Equal(c == '@', Has(block.At, bit));
                Assert.Equal(char.IsAsciiLetterOrDigit(c) || "_-+/=.~".Contains(c), Has(block.TokenBlob, bit));
            }
        }
    }

    [Fact]
    public void Neighbour_shifts_carry_bits_across_blocks()
    {
        Assert.Equal(1UL << 63, TextAnchors.Next(0, nextBlockMask: 1));
        Assert.Equal(0UL, TextAnchors.Next(0, nextBlockMask: 2));
        Assert.Equal(1UL, TextAnchors.Previous(0, previousBlockMask: 1UL << 63));
        Assert.Equal(0b101UL, TextAnchors.Next(0b1010, 0));
        Assert.Equal(0b10100UL, TextAnchors.Previous(0b1010, 0));
    }

    private static bool Has(ulong mask, int bit) => ((mask >> bit) & 1) != 0;

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
    public void TryFindRun_finds_long_runs(string text, int min, bool expected)
    {
        Assert.Equal(expected, TextAnchors.ForStandalone(text).TryFindRun<TokenBlobChars>(0, min, out _, out _));
    }

    [Fact]
    public void TryFindRun_agrees_with_a_character_count_on_generated_text()
    {
        // Long runs of token characters, broken by spaces, punctuation and non-ASCII letters, in texts
        // up to three 64-character blocks long, so runs crossing blocks and the padded tail are exercised.
        const string alphabet = "aZ09_-+/=.~aaaaaaaaaaaaaaaaaaaa bbbbbbbbbbbbbbb,é";
        var random = new Random(11);
        for (var n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, 200)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }
            var text = new string(chars);
            var from = random.Next(0, 70);
            foreach (var min in new[] { 5, 18, 20 })
            {
                var expected = FirstRun(text, from, min);
                var found = TextAnchors.ForStandalone(text).TryFindRun<TokenBlobChars>(from, min, out var start, out var end);
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
        for (var i = Math.Min(from, text.Length); i <= text.Length; i++)
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
}
