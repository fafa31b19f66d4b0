using StreamFilter.Core.Detection;
using StreamFilter.Core.Detection.Detectors;

namespace StreamFilter.Core.Tests.Detection;

public class NpiDetectorTests
{
    [Theory]
    [InlineData("NPI 1234567893", "1234567893")]
    [InlineData("referring 1987654328.", "1987654328")] // reported without context
    [InlineData("provider 2765432101", "2765432101")]
    [InlineData("npi 1234-567-893", "1234-567-893")]
    [InlineData("npi 1234 567 893", "1234 567 893")]
    public void Finds_valid_numbers(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Npi));

    [Theory]
    [InlineData("npi 1234567890")] // Luhn with 80840 fails
    [InlineData("npi 3234567893")] // must start with 1 or 2
    [InlineData("npi 1111111112")] // repeated filler
    [InlineData("npi 123456789")] // nine digits
    [InlineData("npi 12345678934")] // eleven digits
    [InlineData("npi 1234-567 893")] // mixed separators
    [InlineData("npi 1234567893.5")] // a decimal number
    public void Rejects_invalid_or_unsupported(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Npi));


    [Fact]
    public void Context_lifts_a_number_over_a_raised_threshold()
    {
        // A privacy team that finds bare NPIs too noisy raises the threshold; "NPI" nearby still gets it through.
        var scoring = new Dictionary<string, EntityScoring> { [EntityType.Npi] = new(0.8f, new NpiDetector().DefaultScoring(EntityType.Npi).Context) };
        var engine = new DetectorEngine([new NpiDetector()], scoring);
        using var findings = new FindingList();
        engine.Scan("ref 1234567893", findings);
        Assert.Equal(0, findings.Count);
        engine.Scan("NPI 1234567893", findings);
        Assert.Equal(1, findings.Count);
    }
}
