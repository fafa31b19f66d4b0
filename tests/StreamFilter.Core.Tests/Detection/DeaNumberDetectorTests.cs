using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class DeaNumberDetectorTests
{
    [Theory]
    [InlineData("DEA AB1234563", "AB1234563")]
    [InlineData("prescriber FJ9028134.", "FJ9028134")]
    [InlineData("K92993548 on the script", "K92993548")] // '9' as the second character
    [InlineData("mid-level MS5555555", "MS5555555")]
    public void Finds_valid_numbers(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Dea));

    [Theory]
    [InlineData("DEA AB1234564")] // check digit wrong
    [InlineData("DEA ZB1234563")] // Z is not a registrant type
    [InlineData("DEA A11234563")] // second character a digit other than 9
    [InlineData("DEA ab1234563")] // lower case
    [InlineData("DEA XAB1234563")] // three letters
    [InlineData("DEA AB12345630")] // eight digits
    [InlineData("sku-AB1234563")] // tail of another identifier
    public void Rejects_invalid_numbers(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Dea));

    [Fact]
    public void A_valid_dea_number_near_licence_words_is_labelled_dea()
    {
        const string text = "prescriber license AB1234563";
        Assert.Equal(["AB1234563"], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Dea));
    }
}
