using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.NationalIds;

public class PolishPeselDetectorTests
{
    [Theory]
    [InlineData("My pesel is 44051401458.", "44051401458")]
    [InlineData("PESEL: 44051401359", "44051401359")] // stdnum
    [InlineData("numer PESEL 02070803628", "02070803628")] // born 2002: month + 20
    [InlineData("nr ewidencyjny 85031279218", "85031279218")]
    public void Finds_valid_numbers_next_to_context(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.PlPesel));

    [Theory]
    [InlineData("PESEL 44051401459")] // wrong check digit
    [InlineData("PESEL 02381307589")] // month 38: no such date
    [InlineData("PESEL 11110021111")] // day 00
    [InlineData("zamówienie 44051401458")] // no context
    [InlineData("PESEL 440514014588")] // twelve digits
    public void Rejects_invalid_or_context_free(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.PlPesel));
}
