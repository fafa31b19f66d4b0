using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.NationalIds;

public class FrenchNirDetectorTests
{
    [Theory]
    [InlineData("numéro de sécurité sociale : 2 95 10 99 126 111 93", "2 95 10 99 126 111 93")] // stdnum, printed form
    [InlineData("NIR 185057800608491", "185057800608491")]
    [InlineData("253072A07300443", "253072A07300443")] // Corsica 2A
    [InlineData("carte vitale 253072B07300470.", "253072B07300470")] // Corsica 2B
    [InlineData("my social security number is 293017512345652", "293017512345652")] // no context needed
    [InlineData("1850578006084 91", "1850578006084 91")] // key apart
    public void Finds_valid_numbers(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.FrNir));

    [Theory]
    [InlineData("NIR 295109912611199")] // wrong key
    [InlineData("NIR 253072C07300443")] // 2C is no department
    [InlineData("NIR 585057800608491")] // sex digit 5
    [InlineData("NIR 1 85 05 78 006 084 91 7")] // continued
    [InlineData("NIR 18 50 57 80 06 08 49 1")] // not the printed layout
    [InlineData("order 1850578006084911")] // sixteen digits
    public void Rejects_invalid_numbers(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.FrNir));
}
