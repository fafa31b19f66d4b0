using StreamFilter.Core.Detection;
using StreamFilter.Core.Detection.Detectors;

namespace StreamFilter.Core.Tests.Detection;

/// <summary>
/// Detectors must not allocate per scanned string once the JIT has optimised them (the FindingList is
/// pre-sized here). Unoptimised tier-0 code may box temporarily, so the test scans in rounds until the
/// tiered JIT has caught up and asserts that a steady-state round allocates nothing, with a bound on rounds.
/// </summary>
[Collection(AllocationMeasurementCollection.Name)]
public class ContactAndSecretsAllocationTests
{
    private const int MaxRounds = 5000;
    private const int ScansPerRound = 100;

    private const string Mixed =
        "call (415) 555-2671 or +44 20 7946 0958; host 8.8.4.4 and 2001:db8::1, mac 00:1a:2b:3c:4d:5e. " +
        "postgres://app:Sup3rS3cret@db:5432/x?access_token=ya29a0AfH6SMBx3 AKIAEDT2SYWB3WKH5DNS " +
        "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d password=\"hunter22\" aws_secret_access_key = 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 " +
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlMTIzNDU2 curl -u elastic:Pa55w0rd$1 " +
        "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDAC4AWkdwKYSd8Ks14IReLcYgADhoXk56ZzXIq3vT0\n-----END PRIVATE KEY-----";

    public static TheoryData<string> DetectorIds() =>
    [
        "phone_number", "ip_address", "mac_address", "url_credentials", "private_key", "jwt", "known_tokens",
        "secret_assignment", "command_line_credentials", "high_entropy_secret",
    ];

    [Theory]
    [MemberData(nameof(DetectorIds))]
    public void Scan_allocates_nothing(string id)
    {
        var detector = DetectorCatalog.Find(id);
        Assert.NotNull(detector);
        using var findings = new FindingList(256);
        detector.Scan(Mixed, findings); // static initialisation
        Assert.NotEqual(0, findings.Count);
        var allocated = long.MaxValue;
        for (var round = 0; round < MaxRounds && allocated != 0; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < ScansPerRound; i++)
            {
                findings.Clear();
                detector.Scan(Mixed, findings);
            }
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Assert.Equal(0, allocated);
    }


    [Fact]
    public void Internal_addresses_option_is_exposed()
    {
        Assert.False(new IpAddressDetector().ReportInternal);
        Assert.True(new IpAddressDetector(reportInternal: true).ReportInternal);
    }
}
