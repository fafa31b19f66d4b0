using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class AbaRoutingDetectorTests
{
    [Theory]
    [InlineData("routing number 021000021", "021000021")]
    [InlineData("ABA 111000614 for wires", "111000614")]
    [InlineData("RTN: 261073591.", "261073591")]
    [InlineData("cheque 0532-0101-8", "0532-0101-8")] // dashed 4-4-1 needs no context
    public void Finds_valid_numbers(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.AbaRouting));

    [Theory]
    [InlineData("ref 021000021 closed")] // bare without context is weak
    [InlineData("routing 021000022")] // checksum fails
    [InlineData("routing 421042111")] // prefix 42 is not a Federal Reserve symbol
    [InlineData("routing 1234-0000-0")]
    [InlineData("routing 0210000211")] // ten digits
    [InlineData("routing 021000021-7")] // continued
    public void Rejects_invalid_or_unsupported(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.AbaRouting));
}
