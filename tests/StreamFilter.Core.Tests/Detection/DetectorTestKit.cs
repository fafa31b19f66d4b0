using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

/// <summary>Runs the default engine and returns values for assertions (test-only: tests may see values).</summary>
internal static class DetectorTestKit
{
    private static readonly DetectorEngine Engine = DetectorCatalog.CreateDefaultEngine();

    public static Finding[] Scan(string text)
    {
        using var list = new FindingList();
        Engine.Scan(text, list);
        return list.ToArray();
    }

    public static string[] Values(string text, Finding[] findings, string entityType) =>
        findings.Where(f => f.EntityType == entityType).Select(f => text[f.Start..f.End]).ToArray();
}
