using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.NationalIds;

public class AustralianTfnDetectorTests
{
    [Theory]
    [InlineData("TFN 876 543 210", "876 543 210")]
    [InlineData("my tax file number is 123456782", "123456782")] // stdnum
    [InlineData("TFN: 383-757-628", "383-757-628")]
    [InlineData("tax file no. 30466109", "30466109")] // eight digits (older TFNs)
    public void Finds_valid_numbers_next_to_context(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.AuTfn));

    [Theory]
    [InlineData("TFN 824 753 557")] // fails the check
    [InlineData("TFN 999 999 999")]
    [InlineData("ticket 876 543 210")] // no context
    [InlineData("TFN 51 824 753 5564")] // other grouping
    public void Rejects_invalid_or_context_free(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.AuTfn));
}
