using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class SwiftBicDetectorTests
{
    [Theory]
    [InlineData("SWIFT: DEUTDEFF", "DEUTDEFF")]
    [InlineData("BIC code NWBKGB2L for the transfer", "NWBKGB2L")]
    [InlineData("swift CHASUS33XXX.", "CHASUS33XXX")]
    public void Finds_codes_next_to_context(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.SwiftCode));

    [Theory]
    [InlineData("send DEUTDEFF the files")] // no context
    [InlineData("swift DEUTQQFF")] // QQ is not a country
    [InlineData("swift DEUTDEF")] // seven characters
    [InlineData("swift DEUTDEFF5")] // nine characters
    [InlineData("swift deutdeff")] // lower case
    [InlineData("swift DEUTDE20")] // location '0': a test BIC
    [InlineData("SWIFT package manager")]
    public void Rejects_without_context_or_wrong_shape(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.SwiftCode));
}
