using StreamFilter.Core.Detection;
using StreamFilter.Core.Detection.Detectors;

namespace StreamFilter.Core.Tests.Detection;

/// <summary>Tokens here are random strings in the vendors' formats, generated for these tests.</summary>
public class KnownTokenDetectorTests
{
    [Theory]
    [InlineData("key id AKIAEDT2SYWB3WKH5DNS in the log", "AKIAEDT2SYWB3WKH5DNS", EntityType.AwsAccessKey)]
    [InlineData("\"ASIAIPZZ5FK2Z9RI19R0\"", "ASIAIPZZ5FK2Z9RI19R0", EntityType.AwsAccessKey)]
    [InlineData("export GH=ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d", "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d", EntityType.GitHubToken)]
    [InlineData("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", "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", EntityType.GitHubToken)]
    [InlineData("use glpat-Y40uvSwMFLZDe1f8rESQ.", "glpat-Y40uvSwMFLZDe1f8rESQ", EntityType.GitLabToken)]
    [InlineData("bot: xoxb-563212233079-2440268599528-8NPRVdD53X83RZJzzzzgEOzd", "xoxb-563212233079-2440268599528-8NPRVdD53X83RZJzzzzgEOzd", EntityType.SlackToken)]
    [InlineData("xapp-1-AMEN2KHVDGA-9281590139624-bbf33feff9243a8f506b40928b5b7a767c76fb008f86bebb2737f6a6f0fb23c6", "xapp-1-AMEN2KHVDGA-9281590139624-bbf33feff9243a8f506b40928b5b7a767c76fb008f86bebb2737f6a6f0fb23c6", EntityType.SlackToken)]
    [InlineData("post to https://hooks.slack.com/services/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 now", "hooks.slack.com/services/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", EntityType.SlackToken)]
    [InlineData("Stripe.ApiKey = sk_live_E4lBYOvfZ8UzDzV8fUkkibjL;", "sk_live_E4lBYOvfZ8UzDzV8fUkkibjL", EntityType.StripeKey)]
    [InlineData("rk_test_5DZPjN0MEQ7wjJJibaZUPgHV", "rk_test_5DZPjN0MEQ7wjJJibaZUPgHV", EntityType.StripeKey)]
    [InlineData("short key sk_live_4eC39HqLyj", "sk_live_4eC39HqLyj", EntityType.StripeKey)] // the shortest format (18)
    [InlineData("maps key AIzar3yBdGBLEPH1qhT61qtc4xatws8phP9nhFy&x=1", "AIzar3yBdGBLEPH1qhT61qtc4xatws8phP9nhFy", EntityType.GoogleApiKey)]
    [InlineData("HF 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", "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", EntityType.GenericSecret)]
    public void Finds_vendor_tokens(string text, string expected, string entityType)
    {
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), entityType));
    }

    [Theory]
    [InlineData("AKIAIOSFODNN7EXAMPLE")] // the AWS documentation example
    [InlineData("AKIAXXXXXXXXXXXXXXXX")] // mask
    [InlineData("AKIAEDT2SYWB3WKH5DNSQ")] // 17 characters after the prefix
    [InlineData("XAKIAEDT2SYWB3WKH5DNS")] // glued to a longer word
    [InlineData("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")] // mask
    [InlineData("ghp_u8jzPde0IgxLd6Gnc")] // too short
    [InlineData("glpat-XXXXXXXXXXX-XXXXXXXX")]
    [InlineData("xoxb-Slack_BOT_TOKEN")]
    [InlineData("xoxp-1234567890")] // too short
    [InlineData("sk_live_")] // prefix only
    [InlineData("AIzaTesb6Tscfcni8vIpWZqNCXFDFslJtVSvFDqabcd123")] // too long for a Google key
    [InlineData("- (id)hf_requiredCharacteristicTypesForDisplayMetadata;")]
    [InlineData("the task_live_migration flag")]
    public void Rejects_masks_and_near_misses(string text)
    {
        Assert.Empty(DetectorTestKit.Scan(text));
    }

    [Fact]
    public void Every_rule_prefix_can_be_indexed_by_its_first_two_ascii_characters()
    {
        var unindexable = KnownTokenRules.All.Where(r => r.Prefix.Length < 2 || r.Prefix[0] >= 128 || r.Prefix[1] >= 128).Select(r => r.Prefix);
        Assert.Empty(unindexable);
    }
}
