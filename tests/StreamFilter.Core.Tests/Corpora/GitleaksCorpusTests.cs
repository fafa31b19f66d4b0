using Xunit.Abstractions;

namespace StreamFilter.Core.Tests.Corpora;

/// <summary>
/// Reads tests/data/corpora/gitleaks_rule_cases.jsonl (gitleaks @ b58d3f10, MIT). Thresholds are the
/// measured numbers (docs/gitleaks-results.md) minus a small margin, so a regression fails.
/// Output and messages carry counts and line numbers only, never corpus text.
/// </summary>
public class GitleaksCorpusTests(ITestOutputHelper output)
{
    private static readonly Lazy<GitleaksScore> Score = new(() =>
        GitleaksScore.Run(GitleaksCase.Load(TestCorpora.PathOf("gitleaks_rule_cases.jsonl"))));

    [Fact]
    public void Corpus_is_complete()
    {
        Assert.Equal(1040, Score.Value.Total.Detect + Score.Value.Total.NoDetect);
    }

    [Fact]
    public void Reports_the_measured_table()
    {
        var table = Score.Value.ToMarkdown();
        output.WriteLine(table);
        // STREAMFILTER_GITLEAKS_RESULTS=path regenerates the committed table.
        var target = Environment.GetEnvironmentVariable("STREAMFILTER_GITLEAKS_RESULTS");
        if (!string.IsNullOrEmpty(target))
        {
            File.WriteAllText(target, table);
        }
        Assert.Contains("| all |", table, StringComparison.Ordinal);
    }

    // Measured (docs/gitleaks-results.md) minus a small margin on recall, plus one on false positives.
    [Theory]
    [InlineData("all", 0.92, 0.14)]
    [InlineData("aws-access-token", 0.96, 0.0)]
    [InlineData("slack", 0.98, 0.0)]
    [InlineData("jwt", 0.96, 0.0)]
    [InlineData("private-key", 0.99, 0.0)]
    [InlineData("stripe", 0.99, 0.0)]
    [InlineData("gcp-api-key", 0.99, 0.85)] // the no_detect keys are real-format published keys; we report them
    [InlineData("github", 0.0, 0.0)] // the corpus holds only masked GitHub tokens
    [InlineData("gitlab", 0.0, 0.0)]
    [InlineData("generic-api-key", 0.96, 0.05)]
    [InlineData("auth-in-commands-and-urls", 0.97, 0.05)]
    [InlineData("other-vendors", 0.85, 0.15)]
    public void Family_meets_recall_and_false_positive_bar(string family, double minRecall, double maxFalsePositiveRate)
    {
        var f = family == "all" ? Score.Value.Total : Score.Value.Families[family];
        output.WriteLine($"{family}: missed lines {string.Join(',', f.MissedLines)}; false-positive lines {string.Join(',', f.FalsePositiveLines)}");
        if (f.Detect > 0)
        {
            Assert.True(f.Recall >= minRecall, $"{family} recall {f.Recall:P1} < {minRecall:P1}");
        }
        if (f.NoDetect > 0)
        {
            Assert.True(f.FalsePositiveRate <= maxFalsePositiveRate, $"{family} FP rate {f.FalsePositiveRate:P1} > {maxFalsePositiveRate:P1}");
        }
    }
}
