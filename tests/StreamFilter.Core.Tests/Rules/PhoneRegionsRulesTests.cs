using StreamFilter.Core.Detection;
using StreamFilter.Core.Detection.Detectors;

namespace StreamFilter.Core.Tests.Rules;

/// <summary><c>detectors: phone_number: regions:</c> decides which national formats are phone numbers.</summary>
public class PhoneRegionsRulesTests
{
    [Fact]
    public void Default_rules_use_the_built_in_regions()
    {
        var phone = RulesTestKit.Parse("version: t\n").Engine.Detectors.OfType<PhoneNumberDetector>().Single();
        Assert.Equal(["US", "CA", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "MX", "IN", "AU", "JP"], phone.Regions);
    }

    [Theory]
    [InlineData("see 0176 12345678 below", "DE")]
    [InlineData("see 07400 123456 below", "GB")]
    [InlineData("see 01 23 45 67 89 below", "FR")]
    public void A_national_number_is_found_alone_only_where_its_region_is_listed(string text, string region)
    {
        var with = RulesTestKit.Parse($"detectors:\n  phone_number:\n    regions: [US, {region}]\n");
        var without = RulesTestKit.Parse("detectors:\n  phone_number:\n    regions: [US]\n");
        Assert.Single(RulesTestKit.Values(with, text, EntityType.Phone));
        Assert.Empty(RulesTestKit.Values(without, text, EntityType.Phone));
    }

    [Fact]
    public void International_numbers_are_judged_whatever_the_regions()
    {
        var rules = RulesTestKit.Parse("detectors:\n  phone_number:\n    regions: [US]\n");
        Assert.Equal(["+49 176 12345678"], RulesTestKit.Values(rules, "Handy +49 176 12345678", EntityType.Phone));
    }
}
