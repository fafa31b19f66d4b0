namespace StreamFilter.Cli.Tests.Commands;

/// <summary>`streamfilter run` refuses malformed previous quarantine keys at start (exit 2), before connecting.</summary>
public sealed class RunPreviousKeyTests : IDisposable
{
    private const string Topology = """
        kafka:
          bootstrap_servers: 127.0.0.1:1
        inputs:
          topics: [raw]
        outputs:
          default: clean
        audit: audit
        dead_letter: dlq
        quarantine: quarantine
        """;

    private readonly CliProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task A_malformed_previous_key_file_in_the_topology_is_refused_naming_the_file_not_the_content()
    {
        await File.WriteAllTextAsync(_cli.PathOf("old.key"), "c2hvcnQta2V5");
        var topology = _cli.PathOf("t.yaml");
        await File.WriteAllTextAsync(topology, Topology + "\nkeys:\n  dead_letter_previous: [old.key]\n");

        var run = await _cli.RunAsync(["run", "--topology", topology]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"previous key file {_cli.PathOf("old.key")}", run.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("c2hvcnQta2V5", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_previous_key_in_the_environment_is_refused_naming_the_variable_and_entry()
    {
        var topology = _cli.PathOf("t.yaml");
        await File.WriteAllTextAsync(topology, Topology);

        var run = await _cli.RunAsync(["run", "--topology", topology],
            environment: new Dictionary<string, string> { ["STREAMFILTER_DEAD_LETTER_KEY_PREVIOUS"] = $"{Convert.ToBase64String(new byte[32])},,???" });

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("STREAMFILTER_DEAD_LETTER_KEY_PREVIOUS (entry 3)", run.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("???", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_previous_key_entry_in_the_topology_is_refused_with_file_line_and_rule()
    {
        var topology = _cli.PathOf("t.yaml");
        await File.WriteAllTextAsync(topology, Topology + "\nkeys:\n  dead_letter_previous:\n    - ''\n");

        var run = await _cli.RunAsync(["run", "--topology", topology]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{topology}:12: keys.dead_letter_previous[0]: empty entry", run.StdErr, StringComparison.Ordinal);
    }
}
