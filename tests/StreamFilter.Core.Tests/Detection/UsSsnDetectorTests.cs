using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class UsSsnDetectorTests
{
    [Theory]
    [InlineData("my social is 536-22-4871", "536-22-4871")]
    [InlineData("SSN 536 22 4871 on file", "536 22 4871")]
    [InlineData("ssn: 536224871", "536224871")]
    [InlineData("social security number 536.22.4871.", "536.22.4871")]
    public void Finds_valid_numbers(string text, string expected)
    {
        var found = DetectorTestKit.Scan(text);
        Assert.Equal([expected], DetectorTestKit.Values(text, found, EntityType.UsSsn));
    }

    [Theory]
    [InlineData("ssn 000-22-4871")] // area 000
    [InlineData("ssn 666-22-4871")] // area 666
    [InlineData("ssn 936-22-4871")] // area 9xx
    [InlineData("ssn 536-00-4871")] // group 00
    [InlineData("ssn 536-22-0000")] // serial 0000
    [InlineData("ssn 078-05-1120")] // the Woolworth wallet card
    [InlineData("ssn 123-45-6789")] // the advertising example
    [InlineData("ssn 536-22/4871")] // mixed separators
    [InlineData("ssn 1536-22-4871")] // part of a longer number
    [InlineData("ssn 536-22-48712")]
    [InlineData("order 536224871 shipped")] // bare nine digits without context
    [InlineData("build 536-22-4871-7 failed")] // continued by another group
    public void Rejects_invalid_or_unsupported(string text)
    {
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.UsSsn));
    }
}
