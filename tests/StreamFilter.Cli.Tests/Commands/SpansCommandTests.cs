using System.CommandLine;
using System.Text.Json;
using StreamFilter.Cli.Commands;

namespace StreamFilter.Cli.Tests.Commands;

public sealed class SpansCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sf-spans-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { SpansCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static List<JsonElement> ReadLines(string path) =>
        File.ReadLines(path).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    private static (int Start, int End, string Type, string Label) Span(JsonElement s) =>
        (s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32(), s.GetProperty("type").GetString()!, s.GetProperty("label").GetString()!);

    [Fact]
    public void Writes_one_line_per_record_with_utf16_offsets_and_the_harness_type_names()
    {
        // Record 2 starts with an emoji (two UTF-16 units), so its offsets show they are UTF-16, as in JavaScript.
        var input = Write("corpus.jsonl",
            """{"id":7,"text":"SSN 536-22-4871 on file","kind":"chat"}""",
            """{"id":"b","text":"\ud83d\ude00 mail jo@example.org from 81.2.69.160"}""",
            """{"id":3,"text":"nothing to see here"}""");
        var output = Path.Combine(_dir, "spans.jsonl");

        var run = Run("spans", "--input", input, "--output", output, "--rounds", "1", "--warmup-seconds", "0");

        Assert.Equal(0, run.Exit);
        var lines = ReadLines(output);
        Assert.Equal(3, lines.Count);
        Assert.Equal(7, lines[0].GetProperty("id").GetInt32());
        Assert.Equal("b", lines[1].GetProperty("id").GetString());
        Assert.Equal((4, 15, "SSN", "US_SSN"), Span(Assert.Single(lines[0].GetProperty("spans").EnumerateArray())));
        var second = lines[1].GetProperty("spans").EnumerateArray().Select(Span).OrderBy(s => s.Start).ToList();
        Assert.Equal([(8, 22, "EMAIL", "EMAIL_ADDRESS"), (28, 39, "IPV4", "IP_ADDRESS")], second);
        Assert.Empty(lines[2].GetProperty("spans").EnumerateArray());
    }

    [Fact]
    public void Summary_counts_records_bytes_and_findings()
    {
        var input = Write("corpus.jsonl",
            """{"id":1,"text":"key AKIAIOSFODNN7EXAMPLE"}""",
            """{"id":2,"text":"é"}""");
        var run = Run("spans", "--input", input, "--output", Path.Combine(_dir, "out.jsonl"), "--rounds", "3", "--warmup-seconds", "0");

        Assert.Equal(0, run.Exit);
        using var summary = JsonDocument.Parse(run.Output);
        Assert.Equal(2, summary.RootElement.GetProperty("records").GetInt32());
        // UTF-8 bytes of the texts, as the harness counts them: 24 + 2.
        Assert.Equal(26, summary.RootElement.GetProperty("bytes").GetInt64());
        Assert.Equal(3, summary.RootElement.GetProperty("rounds").GetInt32());
    }

    [Fact]
    public void A_record_without_text_is_refused_with_the_file_and_line()
    {
        var input = Write("bad.jsonl", """{"id":1,"text":"ok"}""", """{"id":2,"body":"x"}""");
        var run = Run("spans", "--input", input, "--output", Path.Combine(_dir, "out.jsonl"));

        Assert.Equal(2, run.Exit);
        Assert.Contains("bad.jsonl:2", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "out.jsonl")));
    }
}
