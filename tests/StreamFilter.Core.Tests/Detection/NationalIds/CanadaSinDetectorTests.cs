using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.NationalIds;

public class CanadaSinDetectorTests
{
    [Theory]
    [InlineData("my SIN is 130-692-544", "130-692-544")]
    [InlineData("SIN: 123 456 782", "123 456 782")] // stdnum's valid number
    [InlineData("social insurance number 229729975", "229729975")]
    [InlineData("mon NAS: 258 933 688", "258 933 688")] // French
    [InlineData("numéro d'assurance sociale 583 954 862", "583 954 862")]
    public void Finds_valid_numbers_next_to_context(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.CaSin));

    [Theory]
    [InlineData("SIN 130 692 545")] // Luhn fails
    [InlineData("SIN 046 454 286")] // starts with 0
    [InlineData("SIN 812 345 678")] // starts with 8
    [InlineData("order 130 692 544")] // no context
    [InlineData("SIN 046-454 286")] // mixed separators
    [InlineData("SIN 13069254")] // eight digits
    [InlineData("SIN 2023 130 692 544")] // inside a longer spaced number
    public void Rejects_invalid_or_context_free(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.CaSin));
}
