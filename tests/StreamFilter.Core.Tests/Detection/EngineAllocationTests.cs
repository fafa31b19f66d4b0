using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

/// <summary>
/// The full default engine must not allocate per scanned string (issue 2: near-zero allocation
/// beyond findings; the FindingList is reused). As in <see cref="ContactAndSecretsAllocationTests"/>,
/// tier-0 code may allocate while the JIT catches up, so rounds repeat until one allocates nothing,
/// with a bound on rounds.
/// </summary>
[Collection(AllocationMeasurementCollection.Name)]
public class EngineAllocationTests
{
    private const int MaxRounds = 2000;

    private static readonly string[] Texts =
    [
        "2026-06-01T09:14:03.512Z INFO worker-3 processed batch 88123 in 412 ms (v2.14.3) request_id=7f9c2a1e-4b3d-4e8f-9a6b-1c2d3e4f5a6b",
        "my social is 536-22-4871, card 4111 1111 1111 1111, call (415) 555-2671, IBAN DE89 3704 0044 0532 0130 00",
        "passport 912345678, routing number 121000358 account 12345678901, DOB 03/14/1985, dx code E11.9, MRN H1234567",
        "token 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 and aws_secret_access_key = pY4OjE2jBMptUsGr7CmY/uCu3ZR1zTOlUcR64cXQ",
        "host 8.8.4.4, mac 00:1a:2b:3c:4d:5e, jane.doe@example.org, SWIFT DEUTDEFF, password=\"hunter22\" Übergröße ✓",
    ];

    [Fact]
    public void Scanning_with_the_default_engine_allocates_nothing()
    {
        var engine = DetectorCatalog.CreateDefaultEngine();
        using var findings = new FindingList(256);
        var found = 0;
        foreach (var text in Texts)
        {
            engine.Scan(text, findings);
            found += findings.Count;
        }
        Assert.True(found >= 15, $"the texts should produce findings, got {found}");
        var allocated = long.MaxValue;
        for (var round = 0; round < MaxRounds && allocated != 0; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 20; i++)
            {
                foreach (var text in Texts)
                {
                    engine.Scan(text, findings);
                }
            }
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Assert.Equal(0, allocated);
    }
}
