using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.NationalIds;

public class SwedishPersonnummerDetectorTests
{
    [Theory]
    [InlineData("871220-2384", "871220-2384")] // dashed: reported alone
    [InlineData("19910924-2397 är mitt pnr.", "19910924-2397")]
    [InlineData("born 1900s: 811228+9874", "811228+9874")] // '+': age 100 or more
    [InlineData("personnummer 9201232387", "9201232387")] // bare, with context
    [InlineData("Here's my personnummer 200109022392.", "200109022392")]
    [InlineData("My personal identity code is: 189110089811. Thank you.", "189110089811")]
    [InlineData("samordningsnummer 701063-2391", "701063-2391")] // day + 60
    public void Finds_valid_numbers(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.SePersonnummer));

    [Theory]
    [InlineData("880320-0018")] // Luhn fails
    [InlineData("19001309-2393")] // month 13
    [InlineData("personnummer 200504422381")] // day 42
    [InlineData("build 198712202384")] // bare, no context
    [InlineData("range 871220-2384-1")] // continued
    public void Rejects_invalid_or_context_free(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.SePersonnummer));
}
