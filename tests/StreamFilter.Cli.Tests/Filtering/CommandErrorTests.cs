namespace StreamFilter.Cli.Tests.Filtering;

/// <summary>Exit codes: 2 for bad arguments, configuration or keys, before anything is processed.</summary>
public sealed class CommandErrorTests : IDisposable
{
    private readonly CliProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task<string> Input()
    {
        var path = _cli.PathOf("in.ndjson");
        await File.WriteAllTextAsync(path, "{\"type\":\"consent\",\"event_id\":\"c\",\"user_id\":\"u\",\"ts\":\"2026-06-01T09:00:00Z\",\"action\":\"resume\"}\n");
        return path;
    }

    [Fact]
    public async Task Missing_required_options_exit_2()
    {
        var run = await _cli.RunAsync(["filter", "--input", await Input()]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--output", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_input_file_exits_2_and_names_it()
    {
        var run = await _cli.RunAsync(["filter", "--input", _cli.PathOf("nope.ndjson"), "--output", _cli.PathOf("o"), "--audit", _cli.PathOf("a")]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope.ndjson does not exist", run.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.PathOf("o")));
    }

    [Fact]
    public async Task A_malformed_key_exits_2_without_printing_it()
    {
        var run = await _cli.RunAsync(["filter", "--input", await Input(), "--output", _cli.PathOf("o"), "--audit", _cli.PathOf("a")],
            environment: new Dictionary<string, string> { ["STREAMFILTER_DEAD_LETTER_KEY"] = "c2hvcnQta2V5" });

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("STREAMFILTER_DEAD_LETTER_KEY", run.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("c2hvcnQta2V5", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_file_for_output_and_audit_exits_2()
    {
        var run = await _cli.RunAsync(["filter", "--input", await Input(), "--output", _cli.PathOf("o"), "--audit", _cli.PathOf("o")]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("must be different files", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_rules_file_exits_2()
    {
        var run = await _cli.RunAsync(["filter", "--rules", _cli.PathOf("rules.yaml"), "--input", await Input(), "--output", _cli.PathOf("o"), "--audit", _cli.PathOf("a")]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("rules.yaml does not exist", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task Without_configured_keys_local_owner_only_key_files_are_created_and_named()
    {
        var run = await _cli.RunAsync(["filter", "--input", await Input(), "--output", _cli.PathOf("o"), "--audit", _cli.PathOf("a")], keysFromEnvironment: false);

        Assert.Equal(0, run.ExitCode);
        foreach (var name in new[] { "hmac.key", "dead-letter.key" })
        {
            var path = _cli.PathOf(name);
            Assert.Contains(path, run.StdErr, StringComparison.Ordinal);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }
}
