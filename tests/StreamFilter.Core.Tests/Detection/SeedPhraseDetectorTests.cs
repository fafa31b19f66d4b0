using StreamFilter.Core.Detection;
using StreamFilter.Core.Detection.Detectors;

namespace StreamFilter.Core.Tests.Detection;

public class SeedPhraseDetectorTests
{
    private const string Twelve = "candy urge fish case moral expire capital avoid eye carbon crystal vehicle";

    [Fact]
    public void Ships_the_whole_list()
    {
        Assert.Equal(2048, SeedPhraseDetector.List.Count);
        Assert.Equal(2048, SeedPhraseDetector.List.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(Twelve, Twelve)]
    [InlineData("Recovery phrase:\n" + Twelve + "\nDo not share it.", Twelve)]
    [InlineData("CANDY URGE FISH CASE MORAL EXPIRE CAPITAL AVOID EYE CARBON CRYSTAL VEHICLE", "CANDY URGE FISH CASE MORAL EXPIRE CAPITAL AVOID EYE CARBON CRYSTAL VEHICLE")]
    [InlineData("candy, urge, fish, case, moral, expire, capital, avoid, eye, carbon, crystal, vehicle", "candy, urge, fish, case, moral, expire, capital, avoid, eye, carbon, crystal, vehicle")]
    [InlineData("1. legal 2. winner 3. thank 4. year 5. wave 6. sausage 7. worth 8. useful 9. legal 10. winner 11. thank 12. yellow",
        "legal 2. winner 3. thank 4. year 5. wave 6. sausage 7. worth 8. useful 9. legal 10. winner 11. thank 12. yellow")]
    [InlineData("legal\nwinner\nthank\nyear\nwave\nsausage\nworth\nuseful\nlegal\nwinner\nthank\nyellow\nabandon\nability\nable", "legal\nwinner\nthank\nyear\nwave\nsausage\nworth\nuseful\nlegal\nwinner\nthank\nyellow\nabandon\nability\nable")]
    public void Finds_the_whole_phrase(string text, string expected)
    {
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.CryptoSeedPhrase));
    }

    [Theory]
    [InlineData("candy urge fish case moral expire capital avoid eye carbon crystal")] // eleven words
    [InlineData("candy urge fish case moral expire the capital avoid eye carbon crystal vehicle")] // "the" is not a list word
    [InlineData("you can say all one way now and then we will see what happens next time around")]
    [InlineData("The quick brown fox jumps over the lazy dog while the cat sleeps in the sun all day long")]
    [InlineData("planning, hiring two backend engineers, migrate the build to the new runners next month")]
    [InlineData("candy. urge. fish. case. moral. expire. capital. avoid. eye. carbon. crystal. vehicle.")] // sentences, not a list
    [InlineData("candy_urge_fish_case_moral_expire_capital_avoid_eye_carbon_crystal_vehicle")] // an identifier
    public void Leaves_ordinary_text_alone(string text)
    {
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.CryptoSeedPhrase));
    }
}
