using StreamFilter.Core.Detection;
using StreamFilter.Core.Events;
using StreamFilter.Core.Ocr;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;
using StreamFilter.Core.Tests.Keystrokes;

namespace StreamFilter.Core.Tests.Ocr;

/// <summary>
/// Screens as OCR really returns them: blocks in no particular order, values cut at any character,
/// wrapped within a column of a two-column layout. No digit of a value may be left in a block's
/// text, and the blur boxes must cover every character of it.
/// </summary>
public class OcrSplitValueTests
{
    private static readonly OcrFrameScanner Scanner = new(
        TestEngines.WithCards,
        new Redactor(DefaultRules.Operators, RedactionOperator.Tag, new Pseudonymizer(new byte[32])));

    private static OcrBlock Block(string text, double x, double y, double width, double height = 20) =>
        new(text, new BoundingBox(x, y, width, height), 0.93);

    public static TheoryData<string, OcrBlock[], string> Frames() => new()
    {
        {
            "an SSN cut mid-group, listed right block first",
            [Block("4871", 200, 100, 40), Block("SSN: 536-22-", 80, 101, 120)],
            "536224871"
        },
        {
            "an IBAN cut mid-group over two blocks of one line",
            [Block("IBAN DE89 3704 00", 40, 300, 170), Block("44 0532 0130 00", 212, 300, 150)],
            "DE89370400440532013000"
        },
        {
            "an IBAN wrapped within the left column of two",
            [
                Block("Name: Jane Roe", 500, 200, 140),
                Block("IBAN: DE89 3704 0044", 40, 200, 200),
                Block("Phone: on file", 500, 224, 140),
                Block("0532 0130 00", 40, 224, 120),
            ],
            "DE89370400440532013000"
        },
        {
            "a card wrapped mid-group within its column, lines listed bottom first",
            [Block("11 1111 1111", 40, 424, 120), Block("Total due", 400, 400, 90), Block("Card 4111 11", 40, 400, 120)],
            "4111111111111111"
        },
        {
            "a card over four blocks of one line",
            [Block("1111", 250, 50, 40), Block("4111", 150, 50, 40), Block("1111", 300, 50, 40), Block("1111", 200, 50, 40)],
            "4111111111111111"
        },
    };

    [Theory]
    [MemberData(nameof(Frames))]
    public void No_digit_of_a_split_value_survives_and_every_part_is_boxed(string layout, OcrBlock[] blocks, string value)
    {
        var result = Scanner.Scan(blocks);

        Assert.True(result.HasFindings, layout);
        var remaining = string.Concat(result.RedactedTexts.Select(t => t ?? ""));
        var valueDigits = value.Where(char.IsAsciiDigit).ToArray();
        // Each block's own digits that belong to the value are gone: none of the value's digit runs is left.
        foreach (var text in result.RedactedTexts)
        {
            var digits = new string((text ?? "").Where(char.IsAsciiDigit).ToArray());
            Assert.True(digits.Length < 2 || !new string(valueDigits).Contains(digits, StringComparison.Ordinal), $"{layout}: a part of the value is left");
        }
        AssertBoxesCoverTheValue(blocks, result);
    }

    [Fact]
    public void Neighbouring_blocks_of_ordinary_text_are_left_alone()
    {
        OcrBlock[] blocks = [Block("Invoice 2024", 40, 10, 120), Block("-11 paid", 162, 10, 80), Block("Thanks", 40, 34, 60)];

        var result = Scanner.Scan(blocks);

        Assert.False(result.HasFindings);
        Assert.Equal(["Invoice 2024", "-11 paid", "Thanks"], result.RedactedTexts);
    }

    /// <summary>Every redacted character lies inside a box of its block: the boxes reach across the whole part.</summary>
    private static void AssertBoxesCoverTheValue(OcrBlock[] blocks, OcrScanResult result)
    {
        foreach (var f in result.Findings)
        {
            var block = blocks[f.BlockIndex];
            var charWidth = block.Box.Width / block.Text.Length;
            var left = block.Box.X + f.Start * charWidth;
            var right = block.Box.X + f.End * charWidth;
            Assert.Contains(result.Boxes, b => b.BlockIndex == f.BlockIndex && b.X <= left && b.X + b.Width >= right
                && b.Y <= block.Box.Y && b.Y + b.Height >= block.Box.Y + block.Box.Height);
        }
    }
}
