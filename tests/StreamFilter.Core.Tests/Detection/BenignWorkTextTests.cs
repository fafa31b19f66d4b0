namespace StreamFilter.Core.Tests.Detection;

/// <summary>
/// Ordinary work text that looks numeric must survive the default detector set untouched: over-redaction
/// ruins training data. Each line is a near miss for at least one identifier detector.
/// </summary>
public class BenignWorkTextTests
{
    [Theory]
    [InlineData("Order #4111111111111112 shipped on 2024-06-01")] // invalid-Luhn 16 digits
    [InlineData("PO 1234567890123456 approved")]
    [InlineData("Upgraded the cluster to 1.2.3.4 then 10.20.30.40-rc1")]
    [InlineData("request id 550e8400-e29b-41d4-a716-446655440000 failed")]
    [InlineData("trace 3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("2024-06-01T10:00:00Z INFO worker-7 processed 123456789 bytes in 1234 ms")]
    [InlineData("deployed at 2024-06-01T10:00:00.123+02:00 by ci")]
    [InlineData("commit 9fceb02d0ae598e95dc970b74767f19372d61af8 merged")]
    [InlineData("invoice INV-2024-000123 for 1,234,567.89 USD")]
    [InlineData("ticket JIRA-48213 moved to QA; build 20240601.1432")]
    [InlineData("Q3 revenue grew 12.5% to 4,500,000 across 36 regions")]
    [InlineData("set timeout=30000 and retries=5 in config.yaml line 120")]
    [InlineData("The DOCUMENT was sent to CUSTOMERS in the MARKETING team")]
    [InlineData("temperature 36.6 at 10:45, room B12, floor A4")]
    public void Reports_nothing(string text) => Assert.Empty(DetectorTestKit.Scan(text));
}
