using System.CommandLine;
using System.Text.Json;
using StreamFilter.Cli.Spans;
using StreamFilter.Core.Detection;

namespace StreamFilter.Cli.Commands;

/// <summary>
/// `streamfilter spans`: runs the default detectors over a peer-harness corpus (../shared/peers), times
/// the scan like the harness times a peer, and writes the spans in the harness's prediction format so
/// its score.mjs scores StreamFilter exactly as it scores the npm libraries (see benchmarks/README.md).
/// </summary>
internal static class SpansCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "JSONL corpus: one {\"id\", \"text\"} object per line.", Required = true };
        var output = new Option<string>("--output") { Description = "Where to write {\"id\", \"spans\":[{start,end,type,label}]} lines.", Required = true };
        var rounds = new Option<int>("--rounds") { Description = "Timed passes over the corpus (the median is reported).", DefaultValueFactory = _ => 20 };
        var warmup = new Option<double>("--warmup-seconds") { Description = "Untimed passes for this long first, so tiered JIT has finished.", DefaultValueFactory = _ => 3.0 };
        var command = new Command("spans", "Scan a corpus with the default detectors, report MB/s and write spans for the peer harness's scorer.")
        {
            input, output, rounds, warmup,
        };
        command.Action = new ExitCodeAction((parse, _) => Task.FromResult(Run(parse, parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(rounds), parse.GetValue(warmup))));
        return command;
    }

    private static int Run(ParseResult parse, string input, string output, int rounds, double warmupSeconds)
    {
        var error = parse.InvocationConfiguration.Error;
        if (rounds < 1 || !(warmupSeconds >= 0))
        {
            error.WriteLine("spans: --rounds must be at least 1 and --warmup-seconds at least 0");
            return ExitCodes.BadInput;
        }
        List<CorpusRecord> records;
        try
        {
            records = CorpusReader.Read(input);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            error.WriteLine($"spans: {e.Message}");
            return ExitCodes.BadInput;
        }
        var engine = DetectorCatalog.CreateDefaultEngine();
        var timing = ScanTiming.Measure(engine, records, TimeSpan.FromSeconds(warmupSeconds), rounds);
        try
        {
            using var file = File.Create(output);
            SpansWriter.Write(file, engine, records);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"spans: cannot write {output}: {e.Message}");
            return ExitCodes.RuntimeFailure;
        }
        WriteSummary(parse.InvocationConfiguration.Output, timing, engine);
        return ExitCodes.Ok;
    }

    /// <summary>One JSON object on stdout, read by benchmarks/report.py.</summary>
    private static void WriteSummary(TextWriter output, ScanTiming t, DetectorEngine engine)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("records", t.Records);
            json.WriteNumber("bytes", t.Utf8Bytes);
            json.WriteNumber("rounds", t.Rounds);
            json.WriteNumber("findings", t.FindingsPerRound);
            json.WriteNumber("wall_seconds", Math.Round(t.WallSecondsMedian, 6));
            json.WriteNumber("cpu_seconds", Math.Round(t.CpuSecondsMedian, 6));
            json.WriteNumber("mb_per_s_wall", Math.Round(t.MegabytesPerSecondWall, 2));
            json.WriteNumber("mb_per_s_cpu", Math.Round(t.MegabytesPerSecondCpu, 2));
            json.WriteString("detectors", string.Join(' ', engine.Detectors.Select(d => d.Id)));
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
