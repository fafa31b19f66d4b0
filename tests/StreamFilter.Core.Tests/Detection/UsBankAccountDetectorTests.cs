using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class UsBankAccountDetectorTests
{
    [Theory]
    [InlineData("checking account 945456787654", "945456787654")]
    [InlineData("acct# 12345678", "12345678")]
    [InlineData("savings: 12345678901234567 at the branch", "12345678901234567")]
    public void Finds_numbers_next_to_context(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.UsBankNumber));

    [Theory]
    [InlineData("order 945456787654 shipped")] // no context
    [InlineData("account 1234567")] // seven digits
    [InlineData("account 123456789012345678")] // eighteen digits
    [InlineData("account build 20240601.1432")] // version-like
    [InlineData("account id 550e8400-e29b-41d4-a716-446655440000")]
    [InlineData("account 4111111111111111")] // a card: reported as a card, not an account
    public void Rejects_without_context_or_wrong_shape(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.UsBankNumber));
}
