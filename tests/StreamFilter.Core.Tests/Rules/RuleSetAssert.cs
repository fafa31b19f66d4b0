using System.Reflection;
using StreamFilter.Core.Detection;
using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Tests.Rules;

/// <summary>Compares what two rule sets do (not their version, source or line numbers).</summary>
internal static class RuleSetAssert
{
    private static readonly string[] AllEntityTypes = typeof(EntityType).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!).ToArray();

    public static void Equivalent(RuleSet expected, RuleSet actual)
    {
        Assert.Equal(expected.Engine.Detectors.Select(d => d.Id), actual.Engine.Detectors.Select(d => d.Id));
        foreach (var type in AllEntityTypes.Concat(expected.Engine.Scoring.Keys).Concat(actual.Engine.Scoring.Keys).Distinct())
        {
            var e = expected.Engine.ScoringFor(type);
            var a = actual.Engine.ScoringFor(type);
            Assert.True(e.Threshold == a.Threshold, $"threshold of {type}: {e.Threshold} vs {a.Threshold}");
            Assert.Equal(e.Context.Words.Order(StringComparer.Ordinal), a.Context.Words.Order(StringComparer.Ordinal));
            Assert.True(expected.Redactor.OperatorFor(type) == actual.Redactor.OperatorFor(type), $"operator of {type}");
        }
        Assert.Equal(expected.Redactor.Fallback, actual.Redactor.Fallback);
        Assert.Equal(expected.Engine.AllowList.Values.Order(StringComparer.Ordinal), actual.Engine.AllowList.Values.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Engine.AllowList.Patterns.Select(p => p.ToString()), actual.Engine.AllowList.Patterns.Select(p => p.ToString()));
        Assert.Equal(expected.Policy.ByCategory.OrderBy(p => p.Key, StringComparer.Ordinal), actual.Policy.ByCategory.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(expected.Policy.ByLevel.OrderBy(p => p.Key), actual.Policy.ByLevel.OrderBy(p => p.Key));
        Assert.Equal(expected.ContextRules.Select(Describe), actual.ContextRules.Select(Describe));
        Assert.Equal(expected.CustomEntities.OrderBy(p => p.Key, StringComparer.Ordinal), actual.CustomEntities.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(expected.Keystrokes, actual.Keystrokes);
        Assert.Equal(expected.Consent, actual.Consent);
        Assert.Equal(expected.Limits, actual.Limits);
    }

    private static string Describe(ContextRule r) =>
        $"{r.Name}|{r.Category}|{r.Level}|{string.Join(',', r.Apps)}|{string.Join(',', r.TitleContains)}|{string.Join(',', r.UrlHosts)}|{string.Join(',', r.UrlPathContains)}";
}
