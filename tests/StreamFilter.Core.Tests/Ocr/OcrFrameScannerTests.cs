using StreamFilter.Core.Detection;
using StreamFilter.Core.Events;
using StreamFilter.Core.Ocr;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;
using StreamFilter.Core.Tests.Keystrokes;

namespace StreamFilter.Core.Tests.Ocr;

public class OcrFrameScannerTests
{
    private static readonly OcrFrameScanner Scanner = new(
        TestEngines.WithCards,
        new Redactor(DefaultRules.Operators, RedactionOperator.Tag, new Pseudonymizer(new byte[32])));

    private static OcrBlock Block(string text, double x, double y, double width, double height) =>
        new(text, new BoundingBox(x, y, width, height), 0.95);

    [Fact]
    public void Label_in_one_block_lifts_a_bare_number_in_the_next()
    {
        OcrBlock[] blocks = [Block("SSN:", 100, 140, 40, 30), Block("536224871", 150, 142, 90, 30)];

        var result = Scanner.Scan(blocks);

        Assert.Equal(["SSN:", "[US_SSN]"], result.RedactedTexts);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(new OcrFinding(1, EntityType.UsSsn, 0, 9, finding.Score, Split: false), finding);
        Assert.Equal([new BlurBox(1, 150, 142, 90, 30, EntityType.UsSsn)], result.Boxes);
    }

    [Fact]
    public void Bare_number_without_the_label_block_is_left_alone()
    {
        var result = Scanner.Scan([Block("536224871", 150, 142, 90, 30)]);

        Assert.False(result.HasFindings);
        Assert.Equal(["536224871"], result.RedactedTexts);
        Assert.Empty(result.Boxes);
    }

    [Fact]
    public void Card_wrapped_over_two_lines_is_found_and_both_parts_are_boxed()
    {
        OcrBlock[] blocks =
        [
            Block("1111 1111 thank you", 200, 324, 190, 20), // second line first: input order is not reading order
            Block("Card number 4111 1111", 200, 300, 210, 20),
        ];

        var result = Scanner.Scan(blocks);

        Assert.Equal(["[CREDIT_CARD] thank you", "Card number [CREDIT_CARD]"], result.RedactedTexts);
        Assert.All(result.Findings, f => Assert.True(f.Split));
        Assert.Equal(
            [new BlurBox(0, 200, 324, 100, 20, EntityType.CreditCard), new BlurBox(1, 310, 300, 100, 20, EntityType.CreditCard)],
            result.Boxes.OrderBy(b => b.BlockIndex));
    }

    [Fact]
    public void Sub_block_box_is_proportional_and_rounded_outwards()
    {
        var result = Scanner.Scan([Block("id 536-22-4871", 10.5, 20.2, 70, 15.5)]);

        // 14 characters over 70 px: 5 px each; the value spans characters 3..14, one more each side
        // (within the block) for glyphs wider than the average: 20.5 .. 80.5.
        Assert.Equal([new BlurBox(0, 20, 20, 61, 16, EntityType.UsSsn)], result.Boxes);
        Assert.Equal(["id [US_SSN]"], result.RedactedTexts);
    }

    [Fact]
    public void Value_inside_one_block_gets_its_own_operator()
    {
        var result = Scanner.Scan([Block("Visa 4111 1111 1111 1111", 0, 0, 240, 20)]);

        Assert.Equal(["Visa **** **** **** 1111"], result.RedactedTexts);
        Assert.Equal([new BlurBox(0, 40, 0, 200, 20, EntityType.CreditCard)], result.Boxes);
    }

    [Fact]
    public void Reading_order_groups_lines_with_tolerance_then_sorts_left_to_right()
    {
        OcrBlock[] blocks =
        [
            Block("536-22-4871", 10, 40, 110, 20),
            Block("SSN", 90, 12, 30, 20), // 2 px lower than "Patient": same line
            Block("Patient", 10, 10, 70, 20),
        ];

        Assert.Equal([2, 1, 0], ReadingOrder.Of(blocks));
    }

    [Fact]
    public void A_tall_value_next_to_a_short_label_is_on_the_label_line()
    {
        OcrBlock[] blocks =
        [
            Block("Account", 10, 60, 70, 16),
            Block("SSN", 10, 14, 30, 16),
            Block("536224871", 50, 6, 120, 32), // taller box, same centre line as "SSN"
            Block("Savings", 50, 60, 70, 16),
        ];

        Assert.Equal([1, 2, 0, 3], ReadingOrder.Of(blocks));
    }
}
