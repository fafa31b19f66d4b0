using System.Text;

namespace StreamFilter.Cli.Tests.Filtering;

/// <summary>`streamfilter dead-letters list|decrypt` over the dead letters of a real run.</summary>
public sealed class DeadLettersCommandTests : IDisposable
{
    private const string BadLine = "{\"type\":\"transcript\",\"event_id\":\"d1\",\"text\":\"my ssn 536-22-4871\"";

    private readonly CliProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task<string> RunWithDeadLetters()
    {
        var input = _cli.PathOf("in.ndjson");
        await File.WriteAllTextAsync(input, "{\"type\":\"consent\",\"event_id\":\"c\",\"user_id\":\"u\",\"ts\":\"2026-06-01T09:00:00Z\",\"action\":\"resume\"}\n" + BadLine + "\n");
        var run = await _cli.RunAsync(["filter", "--input", input, "--output", _cli.PathOf("out.ndjson"), "--audit", _cli.PathOf("audit.ndjson")]);
        Assert.Equal(0, run.ExitCode);
        return _cli.PathOf("out.dead-letters.ndjson");
    }

    [Fact]
    public async Task List_shows_reason_and_position_without_a_key_and_without_content()
    {
        var file = await RunWithDeadLetters();

        var list = await _cli.RunAsync(["dead-letters", "list", file], keysFromEnvironment: false);

        Assert.Equal(0, list.ExitCode);
        Assert.Contains("dead_letter\tin.ndjson:2\t", list.StdOut, StringComparison.Ordinal);
        Assert.Contains("invalid_event: invalid JSON", list.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("4871", list.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decrypt_with_the_key_returns_the_raw_line()
    {
        var file = await RunWithDeadLetters();

        var decrypt = await _cli.RunAsync(["dead-letters", "decrypt", file]);

        Assert.Equal(0, decrypt.ExitCode);
        Assert.Equal(BadLine + "\n", Encoding.UTF8.GetString(decrypt.StdOutBytes));
    }

    [Fact]
    public async Task Decrypt_with_a_key_file_works_and_a_wrong_key_fails_with_exit_1()
    {
        var file = await RunWithDeadLetters();
        var keyFile = _cli.PathOf("dl.key");
        await File.WriteAllTextAsync(keyFile, Convert.ToBase64String(CliProcess.DeadLetterKey));

        var right = await _cli.RunAsync(["dead-letters", "decrypt", file, "--key-file", keyFile], keysFromEnvironment: false);
        var wrong = await _cli.RunAsync(["dead-letters", "decrypt", file], keysFromEnvironment: false,
            environment: new Dictionary<string, string> { ["STREAMFILTER_DEAD_LETTER_KEY"] = Convert.ToBase64String(new byte[32]) });

        Assert.Equal(BadLine + "\n", right.StdOut);
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("authentication failed", wrong.StdErr, StringComparison.Ordinal);
        Assert.Empty(wrong.StdOutBytes);
    }

    [Fact]
    public async Task Decrypt_without_any_key_exits_2()
    {
        var file = await RunWithDeadLetters();

        var run = await _cli.RunAsync(["dead-letters", "decrypt", file], keysFromEnvironment: false);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("STREAMFILTER_DEAD_LETTER_KEY", run.StdErr, StringComparison.Ordinal);
    }
}
