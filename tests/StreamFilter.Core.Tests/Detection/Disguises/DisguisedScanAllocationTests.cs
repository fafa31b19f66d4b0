using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.Disguises;

/// <summary>
/// Scanning through the normalised view reuses the thread's buffers: once the JIT has optimised the
/// path, a text with every kind of disguise allocates nothing per scan.
/// </summary>
[Collection(AllocationMeasurementCollection.Name)]
public class DisguisedScanAllocationTests
{
    private const string Disguised =
        "ssn \uFF15\uFF13\uFF16\u2013\uFF12\uFF12\u2013\uFF14\uFF18\uFF17\uFF11, card 4111\u200B 1111 1111 1111, " +
        "my social is five three six two two four eight seven one, write jane dot doe at gmail dot com or " +
        "https://x.example/?u=j.doe%40example.org, also 5 3 6 2 2 4 8 7 1";

    [Fact]
    public void A_scan_through_the_view_allocates_nothing()
    {
        var engine = DetectorCatalog.CreateDefaultEngine();
        using var findings = new FindingList(256);
        engine.Scan(Disguised, findings);
        Assert.True(findings.Count >= 5, $"{findings.Count} findings");
        var allocated = long.MaxValue;
        for (var round = 0; round < 5000 && allocated != 0; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 100; i++)
            {
                engine.Scan(Disguised, findings);
            }
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Assert.Equal(0, allocated);
    }
}
