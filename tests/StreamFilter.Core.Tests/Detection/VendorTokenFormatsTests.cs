using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

/// <summary>Vendor formats taken from gitleaks' default rules (fixed prefix or layout), and near misses.</summary>
public class VendorTokenFormatsTests
{
    [Theory]
    [InlineData("SENDGRID_API_KEY=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", "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")]
    [InlineData("key A3-ASWWYB-798JRYLJVD4-23DC2-86TVM-H43EB", "A3-ASWWYB-798JRYLJVD4-23DC2-86TVM-H43EB")]
    [InlineData("PMAK-5f3e2b9a1c4d6e7f8a9b0c1d-0123456789abcdef0123456789abcdef01", "PMAK-5f3e2b9a1c4d6e7f8a9b0c1d-0123456789abcdef0123456789abcdef01")]
    [InlineData("token rubygems_0123456789abcdef0123456789abcdef0123456789abcdef", "rubygems_0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("twilio SK0123456789abcdef0123456789abcdef", "SK0123456789abcdef0123456789abcdef")]
    [InlineData("export INFRACOST_API_KEY=ico-mlCr1Mn3SRcRiZMObUZOTHLcgtH2Lpgt", "ico-mlCr1Mn3SRcRiZMObUZOTHLcgtH2Lpgt")]
    [InlineData("doppler dp.pt.a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1V", "dp.pt.a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1V")]
    [InlineData("LTAI5tQv9sXr2Kp7Wm3Yz8Ab is the id", "LTAI5tQv9sXr2Kp7Wm3Yz8Ab")]
    public void Finds_vendor_tokens(string text, string expected)
    {
        Assert.Contains(expected, DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.GenericSecret));
    }

    [Theory]
    [InlineData("SG.ngeVfQFYQlKU0ufo8x5d1A")] // truncated
    [InlineData("http://assets.r7.com/assets/video_box.ico-7a388b69018576d24b59331fd60aab0c.png")] // a hashed asset
    [InlineData("A3-ASWWYB-798JRY-LJVD4-23DC2")] // too few segments
    [InlineData("see the pattern matching section and the patch notes")] // "pat" starts ordinary words
    [InlineData("API-GATEWAY-SERVICE-ROUTES-V2")]
    public void Leaves_near_misses(string text)
    {
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.GenericSecret));
    }
}
