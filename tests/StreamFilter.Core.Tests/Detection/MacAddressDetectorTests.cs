using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class MacAddressDetectorTests
{
    [Theory]
    [InlineData("ether 00:1a:2b:3c:4d:5e up", "00:1a:2b:3c:4d:5e")]
    [InlineData("device 00-1A-2B-3C-4D-5E.", "00-1A-2B-3C-4D-5E")]
    [InlineData("AC:DE:48:00:11:22", "AC:DE:48:00:11:22")]
    [InlineData("Cisco port 0012.3456.789a up", "0012.3456.789a")]
    [InlineData("mac address 12-34-56-78-90-12", "12-34-56-78-90-12")] // digits only: needs context
    public void Finds_addresses(string text, string expected)
    {
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.MacAddress));
    }

    [Theory]
    [InlineData("part 12-34-56-78-90-12 shipped")] // digits only without context
    [InlineData("00:00:00:00:00:00")] // unspecified
    [InlineData("ff:ff:ff:ff:ff:ff")] // broadcast
    [InlineData("00:1a:2b-3c:4d:5e")] // mixed separators
    [InlineData("00:1a:2b:3c:4d:5e:6f")] // seven pairs
    [InlineData("00:1a:2b:3c:4d")] // five pairs
    [InlineData("0g:1a:2b:3c:4d:5e")] // not hex
    [InlineData("at 12:30:45 today")] // time
    [InlineData("build 2024.1015.1230 shipped")] // dotted digits: a version, not a Cisco MAC
    [InlineData("ffff.ffff.ffff")] // broadcast, Cisco notation
    [InlineData("v1.0012.3456.789a")] // inside a longer dotted string
    [InlineData("id 550e8400-e29b-41d4-a716-446655440000")] // UUID
    public void Rejects_near_misses(string text)
    {
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.MacAddress));
    }
}
