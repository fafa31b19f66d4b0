using System.Text;
using System.Text.Json;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Rules;
using static StreamFilter.Core.Tests.Pipeline.ProcessorTestKit;

namespace StreamFilter.Core.Tests.Pipeline;

/// <summary>
/// The "filter" object of events without entities is written once and copied afterwards: every copy
/// must be what a fresh processor writes for that event, and a new policy version must show at once.
/// </summary>
public sealed class RepeatedFilterObjectTests
{
    private static readonly string[] Titles = ["Inbox", "Inbox", "mail jane.doe@example.com now", "Inbox", "Release notes", "Inbox"];

    [Fact]
    public void Each_event_is_written_as_a_fresh_processor_writes_it()
    {
        using var processor = new EventProcessor(DefaultRules());
        var sink = new RecordingSink();
        for (var i = 0; i < Titles.Length; i++)
        {
            processor.Process(Click(i, Titles[i]), new SourcePosition("in", i), sink);
        }

        Assert.Equal(Titles.Length, sink.Forwarded.Count);
        for (var i = 0; i < Titles.Length; i++)
        {
            Assert.Equal(Run(Encoding.UTF8.GetString(Click(i, Titles[i]))).Forwarded[0].Json, sink.Forwarded[i].Json);
        }
        Assert.Contains(sink.Forwarded, f => f.Json.Contains("\"entities\":[{", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reload_with_a_new_policy_version_is_stamped_on_the_next_event()
    {
        using var processor = new EventProcessor(DefaultRules());
        var sink = new RecordingSink();
        processor.Process(Click(0, "Inbox"), new SourcePosition("in", 0), sink);
        var reloaded = RulesLoader.Parse(DefaultRulesFile.Text.Replace("version: default-1", "version: reloaded-2", StringComparison.Ordinal), "r.yaml", Pseudonymizer);

        processor.UseRules(reloaded);
        processor.Process(Click(1, "Inbox"), new SourcePosition("in", 1), sink);

        Assert.Equal(DefaultRules().Version, PolicyVersion(sink.Forwarded[0].Json));
        Assert.Equal(reloaded.Version, PolicyVersion(sink.Forwarded[1].Json));
        Assert.NotEqual(PolicyVersion(sink.Forwarded[0].Json), PolicyVersion(sink.Forwarded[1].Json));
    }

    private static string? PolicyVersion(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("filter").GetProperty("policy_version").GetString();

    private static byte[] Click(int i, string title) => Encoding.UTF8.GetBytes(
        $$"""{"type":"mouse","event_id":"m{{i}}","user_id":"u1","ts":"2026-06-01T09:00:0{{i}}Z","app":"Mail","window_title":"{{title}}","action":"click","x":1,"y":2}""");
}
