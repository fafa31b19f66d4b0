using StreamFilter.Core.Detection;
using StreamFilter.Core.Detection.Detectors;

namespace StreamFilter.Core.Tests.Detection;

public class IpAddressDetectorTests
{
    [Theory]
    [InlineData("login from 8.8.4.4 failed", "8.8.4.4")]
    [InlineData("client=203.0.113.77:443", "203.0.113.77")]
    [InlineData("route 198.51.100.0/24.", "198.51.100.0")]
    [InlineData("peer 255.254.1.1", null)] // reserved 240/4 range: internal
    [InlineData("host 2001:db8:85a3:0:0:8a2e:370:7334 up", "2001:db8:85a3:0:0:8a2e:370:7334")]
    [InlineData("host 2001:0db8:85a3:0000:0000:8a2e:0370:7334", "2001:0db8:85a3:0000:0000:8a2e:0370:7334")]
    [InlineData("host [2001:db8::1]:8080", "2001:db8::1")]
    [InlineData("dns 2606:4700:4700::1111.", "2606:4700:4700::1111")]
    [InlineData("mapped ::ffff:8.8.8.8 here", "::ffff:8.8.8.8")]
    [InlineData("uncompressed 2001:db8:0:0:0:0:8.8.8.8 tail", "2001:db8:0:0:0:0:8.8.8.8")] // six colons, IPv4 tail
    [InlineData("Version bump 1.2.3.4 -> 1.2.4.0, then login from 8.8.4.4", "8.8.4.4")] // after two rejected quads
    [InlineData("1.2.3.4.5 then 9.9.9.9", "9.9.9.9")] // after a five-part version
    [InlineData("at 2.14.3 and 4.2 then 8.8.4.4", "8.8.4.4")] // dots that chain no quad before it
    public void Finds_public_addresses(string text, string? expected)
    {
        var values = DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.IpAddress);
        Assert.Equal(expected is null ? [] : [expected], values);
    }

    [Theory]
    [InlineData("ping 10.0.0.1")]
    [InlineData("ping 172.16.4.2")]
    [InlineData("ping 192.168.1.20")]
    [InlineData("ping 127.0.0.1")]
    [InlineData("ping 169.254.10.1")]
    [InlineData("ping 100.64.0.1")]
    [InlineData("bind 0.0.0.0")]
    [InlineData("ping ::1")]
    [InlineData("ping fe80::1ff:fe23:4567:890a")]
    [InlineData("ping fd12:3456:789a:1::1")]
    [InlineData("mapped ::ffff:192.168.1.1")]
    public void Internal_addresses_are_not_reported_by_default(string text)
    {
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.IpAddress));
        Assert.NotEmpty(ScanWith(new IpAddressDetector(reportInternal: true), text));
    }

    [Theory]
    [InlineData("version 1.2.3.4.5 released")] // five-part version
    [InlineData("upgrade the agent to 4.2.1.7 tonight")] // four-part version after a version word
    [InlineData("Assembly version: 8.0.1.12")]
    [InlineData("ip 256.1.1.1")] // octet over 255
    [InlineData("ip 8.8.08.8")] // leading zero
    [InlineData("v8.8.4.4")] // glued to a letter
    [InlineData("oid 1.3.6.1.4.1.311")] // OID
    [InlineData("build 8.8.4.4-beta")] // version with a suffix
    [InlineData("at 12:30:45 on 2024-10-15")] // time, not IPv6
    [InlineData("std::vector<int> and Foo::Bar")] // C++ scopes
    [InlineData("mac 00:1a:2b:3c:4d:5e")] // six groups: a MAC, not IPv6
    [InlineData("bad 2001:db8::1::2")] // two '::'
    [InlineData("bad 2001:db8:1:2:3:4:5:6:7")] // nine groups
    [InlineData("bad 12345::1")] // group over four digits
    [InlineData("commit 3f786850e387550fdab836ed7e6dc881de23001b")] // git SHA
    [InlineData("hex fe80abcdef0123456789abcdef:1:2:3")] // long hex run, too few colons
    public void Rejects_near_misses(string text)
    {
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.IpAddress));
    }

    private static Finding[] ScanWith(Detector detector, string text)
    {
        using var list = new FindingList();
        detector.Scan(text, list);
        return list.ToArray();
    }
}
