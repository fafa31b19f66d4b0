using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class UsPassportDetectorTests
{
    [Theory]
    [InlineData("passport 912803456", "912803456")]
    [InlineData("my passport number is A12803456.", "A12803456")] // next-generation letter + 8 digits
    [InlineData("travel document Z12803456 expires", "Z12803456")]
    public void Finds_numbers_next_to_context(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.UsPassport));

    [Theory]
    [InlineData("invoice 912803456 paid")] // no context
    [InlineData("A12803456 in stock")]
    [InlineData("passport AB12803456")] // two letters
    [InlineData("passport 91280345")] // eight digits
    [InlineData("passport 9128034567")] // ten digits
    [InlineData("passport x-A12803456")] // tail of a longer identifier
    public void Rejects_without_context_or_wrong_shape(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.UsPassport));
}
