using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.NationalIds;

public class IndiaAadhaarDetectorTests
{
    [Theory]
    [InlineData("My Aadhaar number is 400123456787 with a lot of text", "400123456787")]
    [InlineData("aadhaar: 2341 2341 2346", "2341 2341 2346")] // stdnum's valid number, 4-4-4
    [InlineData("Aadhar 5456-2418-0578", "5456-2418-0578")]
    [InlineData("UIDAI enrolment 861605344688", "861605344688")]
    public void Finds_valid_numbers_next_to_context(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.InAadhaar));

    [Theory]
    [InlineData("Aadhaar 234123412347")] // Verhoeff fails
    [InlineData("Aadhaar 123412341234")] // starts with 1
    [InlineData("Aadhaar 222222222222")] // palindrome
    [InlineData("invoice 400123456787")] // no context
    [InlineData("Aadhaar 2341 2341-2346")] // mixed separators
    [InlineData("आधार 861605344688")] // Devanagari context words are not searched (cost; see the detector)
    public void Rejects_invalid_or_context_free(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.InAadhaar));
}
