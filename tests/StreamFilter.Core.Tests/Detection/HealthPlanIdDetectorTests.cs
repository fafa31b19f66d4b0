using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class HealthPlanIdDetectorTests
{
    [Theory]
    [InlineData("Member ID: XZH123456789", "XZH123456789")]
    [InlineData("policy number W2849173651.", "W2849173651")]
    [InlineData("health plan subscriber 12345678-01", "12345678-01")]
    public void Finds_ids_next_to_context(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.HealthPlanId));

    [Theory]
    [InlineData("build XZH123456789 passed")] // no context
    [InlineData("member id AB1234")] // four digits
    [InlineData("member id X12345678901234567890Y")] // too long
    [InlineData("policy number v1.2.3.4")]
    [InlineData("policy number 550e8400-e29b-41d4-a716-446655440000")]
    public void Rejects_without_context_or_wrong_shape(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.HealthPlanId));
}
