using StreamFilter.Core.Detection;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Tests.Rules;

/// <summary>Parses rules from test text and scans with them (test-only: tests may see values).</summary>
internal static class RulesTestKit
{
    public static Pseudonymizer Pseudonymizer { get; } = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    public static RuleSet Parse(string yaml) => RulesLoader.Parse(yaml, "rules.yaml", Pseudonymizer);

    public static IReadOnlyList<RulesError> Errors(string yaml) => Assert.Throws<RulesException>(() => Parse(yaml)).Errors;

    public static Finding[] Scan(RuleSet rules, string text)
    {
        using var list = new FindingList();
        rules.Engine.Scan(text, list);
        return list.ToArray();
    }

    public static string[] Values(RuleSet rules, string text, string entityType) =>
        Scan(rules, text).Where(f => f.EntityType == entityType).Select(f => text[f.Start..f.End]).ToArray();

    /// <summary>A fresh folder under the system temp folder, removed by the caller.</summary>
    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "sf-rules-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
