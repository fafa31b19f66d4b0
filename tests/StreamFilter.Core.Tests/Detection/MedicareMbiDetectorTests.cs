using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class MedicareMbiDetectorTests
{
    [Theory]
    [InlineData("card 1EG4-TE5-MK73 valid", "1EG4-TE5-MK73")] // dashed: no context needed
    [InlineData("2ag9-xc4-nn22", "2ag9-xc4-nn22")] // lower case
    [InlineData("Medicare number 1EG4TE5MK73", "1EG4TE5MK73")] // compact with context
    [InlineData("MBI: 9XX9XX9XX99.", "9XX9XX9XX99")]
    [InlineData("mbi 1E94-TE5-MK73", "1E94-TE5-MK73")] // third character may be a digit
    [InlineData("(1EG4-TE5-MK73)", "1EG4-TE5-MK73")]
    // Starting two characters before the first 64-character block ends: the anchor masks' look-ahead crosses blocks.
    [InlineData("..............................................................1EG4-TE5-MK73", "1EG4-TE5-MK73")]
    [InlineData("...............................................................1EG4-TE5-MK73", "1EG4-TE5-MK73")]
    public void Finds_valid_identifiers(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.MedicareMbi));

    [Theory]
    [InlineData("ref 1EG4TE5MK73")] // compact without context
    [InlineData("mbi 1SG4-TE5-MK73")] // S is excluded
    [InlineData("mbi 1EG4-TE5-OK73")] // O is excluded
    [InlineData("mbi 0EG4-TE5-MK73")] // first character 1-9
    [InlineData("mbi 12G4-TE5-MK73")] // second character must be a letter
    [InlineData("mbi 1EG4-TE5MK73")] // one dash missing
    [InlineData("mbi 1EG4TE5MK734")] // twelve characters
    [InlineData("mbi x1EG4-TE5-MK73")] // glued to a letter
    [InlineData("mbi 71EG4-TE5-MK73")] // glued to a digit
    [InlineData("mbi 1EGA-TE5-MK73")] // fourth character must be a digit
    [InlineData("mbi 1E-4-TE5-MK73")] // third character must be a letter or digit
    public void Rejects_invalid_identifiers(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.MedicareMbi));
}
