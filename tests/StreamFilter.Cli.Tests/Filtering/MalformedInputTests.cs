using System.Text;
using static StreamFilter.Cli.Tests.Filtering.SampleEndToEndTests;

namespace StreamFilter.Cli.Tests.Filtering;

/// <summary>Bad input through the real command: the run completes and every line is accounted for.</summary>
public sealed class MalformedInputTests : IDisposable
{
    private const string Good = "{\"type\":\"transcript\",\"event_id\":\"ID\",\"user_id\":\"u1\",\"ts\":\"2026-06-01T09:00:00Z\",\"source\":\"chat\",\"text\":\"my ssn 536-22-4871\"}";

    private readonly CliProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    private static byte[] Event(string id) => Encoding.UTF8.GetBytes(Good.Replace("\"ID\"", $"\"{id}\"", StringComparison.Ordinal));

    private async Task<(CliProcess.Result Run, List<System.Text.Json.JsonElement> Audits, string Output)> Filter(byte[] input)
    {
        var path = _cli.PathOf("in.ndjson");
        await File.WriteAllBytesAsync(path, input);
        var run = await _cli.RunAsync(["filter", "--input", path, "--output", _cli.PathOf("out.ndjson"), "--audit", _cli.PathOf("audit.ndjson")]);
        return (run, Lines(await File.ReadAllTextAsync(_cli.PathOf("audit.ndjson"))), await File.ReadAllTextAsync(_cli.PathOf("out.ndjson")));
    }

    [Fact]
    public async Task An_over_long_line_is_dead_lettered_and_its_neighbours_are_processed()
    {
        var longLine = Encoding.UTF8.GetBytes("{\"type\":\"transcript\",\"event_id\":\"big\",\"text\":\"" + new string('x', 3 << 20) + "\"}");
        byte[] input = [.. Event("a"), (byte)'\n', .. longLine, (byte)'\n', .. Event("b"), (byte)'\n'];

        var (run, audits, output) = await Filter(input);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["a", "", "b"], audits.Select(a => a.GetProperty("event_id").GetString()));
        Assert.Equal("dead_letter", audits[1].GetProperty("action").GetString());
        Assert.Equal($"line too long: {longLine.Length} bytes, over the limit of {1 << 20} (first {1 << 20} bytes kept)", audits[1].GetProperty("reasons")[0].GetString());
        Assert.Equal("in.ndjson:2", audits[1].GetProperty("source").GetString());
        Assert.Equal(2, Lines(output).Count);
    }

    [Fact]
    public async Task Crlf_blank_lines_and_a_last_line_without_newline_are_handled()
    {
        byte[] input = [.. Event("a"), (byte)'\r', (byte)'\n', (byte)'\r', (byte)'\n', (byte)'\n', .. Event("b"), (byte)'\r', (byte)'\n', .. Event("c")];

        var (run, audits, output) = await Filter(input);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["a", "b", "c"], audits.Select(a => a.GetProperty("event_id").GetString()));
        Assert.Equal(["in.ndjson:1", "in.ndjson:4", "in.ndjson:5"], audits.Select(a => a.GetProperty("source").GetString()));
        Assert.All(audits, a => Assert.Equal("redact", a.GetProperty("action").GetString()));
        Assert.DoesNotContain("4871", output, StringComparison.Ordinal);
        Assert.Contains("2 blank lines skipped", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_utf8_and_broken_json_lines_do_not_stop_the_run()
    {
        var badUtf8 = Event("x");
        badUtf8[badUtf8.Length - 5] = 0xFF;
        byte[] input = [.. Event("a"), (byte)'\n', .. badUtf8, (byte)'\n', .. "{\"type\":"u8, (byte)'\n', .. Event("b"), (byte)'\n'];

        var (run, audits, output) = await Filter(input);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["redact", "dead_letter", "dead_letter", "redact"], audits.Select(a => a.GetProperty("action").GetString()));
        Assert.Equal("invalid_event: invalid UTF-8", audits[1].GetProperty("reasons")[0].GetString());
        Assert.StartsWith("invalid_event: invalid JSON", audits[2].GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(2, Lines(output).Count);
        Assert.Contains("dead_letter 2", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stdin_to_stdout_works()
    {
        byte[] input = [.. Event("a"), (byte)'\n', .. Event("b"), (byte)'\n'];

        var run = await _cli.RunAsync(["filter", "--input", "-", "--output", "-", "--audit", _cli.PathOf("audit.ndjson")], stdin: input);

        Assert.True(run.ExitCode == 0, run.StdErr);
        var output = Lines(run.StdOut);
        Assert.Equal(["a", "b"], output.Select(o => o.GetProperty("event_id").GetString()));
        Assert.DoesNotContain("4871", run.StdOut, StringComparison.Ordinal);
        Assert.Equal("stdin:2", Lines(await File.ReadAllTextAsync(_cli.PathOf("audit.ndjson")))[1].GetProperty("source").GetString());
        Assert.True(File.Exists(_cli.PathOf("audit.dead-letters.ndjson")));
    }
}
