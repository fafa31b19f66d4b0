using System.Text;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;
using StreamFilter.Kafka.Stage;
using StreamFilter.Kafka.Tests.Support;
using StreamFilter.Kafka.Tests.Topology;

namespace StreamFilter.Kafka.Tests;

/// <summary>When reloaded rules take effect in the stage: never inside a batch, and from the first batch that starts after the hand-over.</summary>
public sealed class ReloadSwitchTests
{
    [Fact]
    public void Rules_handed_over_while_a_batch_waits_judge_that_batch_and_not_the_one_under_way()
    {
        var pseudonymizer = new Pseudonymizer(new byte[32]);
        var yaml = File.ReadAllText(Path.Combine(TopologyLoaderTests.RepoRoot(), "topologies", "rules.default.yaml"));
        var reloaded = RulesLoader.Parse(yaml.Replace("version: default-1", "version: reloaded-2", StringComparison.Ordinal), "reloaded.yaml", pseudonymizer);
        var third = RulesLoader.Parse(yaml.Replace("version: default-1", "version: third-3", StringComparison.Ordinal), "third.yaml", pseudonymizer);
        using var processor = new EventProcessor(DefaultRules.Create(pseudonymizer));
        var adapter = new EventProcessorAdapter(processor);
        var sink = new CollectingSink();

        // A hand-over while a batch is under way waits for that batch's end: one version per batch.
        adapter.Process(Transcript(0), new SourcePosition("input[0]", 0), sink);
        adapter.UseRules(reloaded, FindingsOnlySensitivityAssessor.Instance);
        adapter.Process(Transcript(1), new SourcePosition("input[0]", 1), sink);
        adapter.Advance(DateTimeOffset.UtcNow, sink);
        adapter.Process(Transcript(2), new SourcePosition("input[0]", 2), sink);
        adapter.Advance(DateTimeOffset.UtcNow, sink);

        // A hand-over between batches (the stage already waiting for the next records) judges the next batch.
        adapter.UseRules(third, FindingsOnlySensitivityAssessor.Instance);
        adapter.Process(Transcript(3), new SourcePosition("input[0]", 3), sink);
        adapter.Advance(DateTimeOffset.UtcNow, sink);

        Assert.Equal(["builtin-1", "builtin-1", "reloaded-2", "third-3"], sink.Audits.Select(a => a.PolicyVersion.Split('+')[0]));
    }

    private static byte[] Transcript(int n) => Encoding.UTF8.GetBytes(
        $$"""{"type":"transcript","event_id":"t{{n}}","user_id":"u1","ts":"2026-06-01T09:00:00Z","source":"chat","text":"build {{n}} is green"}""");
}
