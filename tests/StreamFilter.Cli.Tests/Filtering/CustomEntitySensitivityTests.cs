using System.Text.Json;

namespace StreamFilter.Cli.Tests.Filtering;

/// <summary>
/// A custom entity declared in the rules file keeps its declared category and level all the way to the
/// audit record of `streamfilter filter` (it used to come out level 3 `work`).
/// </summary>
public sealed class CustomEntitySensitivityTests : IDisposable
{
    private readonly CliProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("people_data", 4)]
    [InlineData("medical", 3)]
    [InlineData("contact", 2)]
    public async Task The_audit_record_carries_the_declared_category_and_level(string category, int level)
    {
        File.WriteAllText(_cli.PathOf("rules.yaml"), $$"""
            custom:
              - name: review_case
                entity: REVIEW_CASE_ID
                type: regex
                pattern: '\bRC-\d{6}\b'
                category: {{category}}
                level: {{level}}
            """);
        File.WriteAllText(_cli.PathOf("in.ndjson"),
            """{"type":"transcript","event_id":"evt-1","user_id":"u-1","ts":"2026-06-01T09:00:01Z","app":"Code","source":"prompt","text":"attach case RC-482913 to the ticket"}""" + "\n");

        var run = await _cli.RunAsync(["filter", "--rules", _cli.PathOf("rules.yaml"), "--input", _cli.PathOf("in.ndjson"),
            "--output", _cli.PathOf("out.ndjson"), "--audit", _cli.PathOf("audit.ndjson")]);

        Assert.True(run.ExitCode == 0, run.StdErr);
        using var audit = JsonDocument.Parse(File.ReadAllLines(_cli.PathOf("audit.ndjson")).Single());
        var record = audit.RootElement;
        Assert.Equal(level, record.GetProperty("level").GetInt32());
        Assert.Equal([category], record.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("REVIEW_CASE_ID", record.GetProperty("entity_types").EnumerateArray().Select(c => c.GetString()));
        Assert.DoesNotContain("RC-482913", File.ReadAllText(_cli.PathOf("out.ndjson")), StringComparison.Ordinal);
    }
}
