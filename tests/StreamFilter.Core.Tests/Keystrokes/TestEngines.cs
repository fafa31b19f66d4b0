using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Keystrokes;

/// <summary>The built-in detectors plus <see cref="TestCardDetector"/>, with their default scoring.</summary>
internal static class TestEngines
{
    public static DetectorEngine WithCards { get; } = Create();

    private static DetectorEngine Create()
    {
        Detector[] detectors = [.. DetectorCatalog.BuiltIn, new TestCardDetector()];
        var scoring = new Dictionary<string, EntityScoring>(StringComparer.Ordinal);
        foreach (var d in detectors)
        {
            foreach (var t in d.EntityTypes)
            {
                scoring[t] = d.DefaultScoring(t);
            }
        }
        return new DetectorEngine(detectors, scoring);
    }
}
