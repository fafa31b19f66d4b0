using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class AzureClientSecretDetectorTests
{
    [Theory]
    [InlineData("AZURE_CLIENT_SECRET=QtT8Q~9C-_Ij~RouHVpD2Tuf3oHWGh.DQ3kcjbAn", "QtT8Q~9C-_Ij~RouHVpD2Tuf3oHWGh.DQ3kcjbAn")]
    [InlineData("(use the client secret: QtT8Q~9C-_Ij~RouHVpD2Tuf3oHWGh.DQ3kcjbAn)", "QtT8Q~9C-_Ij~RouHVpD2Tuf3oHWGh.DQ3kcjbAn")]
    [InlineData("<value>~Gg8Q~nVhlLi2vpg_nXBGqFsbGK-t~Hus1JmTa0y</value>", "~Gg8Q~nVhlLi2vpg_nXBGqFsbGK-t~Hus1JmTa0y")]
    public void Finds_client_secrets(string text, string expected)
    {
        Assert.Contains(expected, DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.GenericSecret));
    }

    [Theory]
    [InlineData("client_secret=bP88Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")] // mask
    [InlineData("~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~")]
    [InlineData("'url': 'http://www.2doc.nl/speel~VARA_101375237~mh17-het-verdriet-van-nederland~.html',")]
    [InlineData("Identity=USK@u2vn3Lh6Kte2-TgBSNKorbsKkuAt34ckoLmgx0ndXO0,4~q8Q~3wIHjX9DT0yCNfQmr9oxmYrDZoQVLOdNg~yk0,AQACAAE")] // too long
    public void Leaves_look_alikes(string text)
    {
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.GenericSecret));
    }
}
