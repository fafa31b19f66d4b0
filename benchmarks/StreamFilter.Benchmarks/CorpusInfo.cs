using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using StreamFilter.Benchmarks.Corpus;

namespace StreamFilter.Benchmarks;

/// <summary>
/// `corpus-info`: the generated benchmark inputs' sizes, seeds and content hashes as one JSON object, so a
/// published result records exactly what was measured (benchmarks/run.sh stores it next to the results).
/// </summary>
internal static class CorpusInfo
{
    // The sizes the benchmarks use: DetectorBenchmarks scans 4,000 texts, cpu-throughput 20,000 events per row.
    private const int DetectorTexts = 4_000;
    private const int FilterEvents = 20_000;
    private const int Seed = 42;

    public static void Write(Stream output)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        WriteTexts(w, "detector_mixed", BenchText.Mixed(DetectorTexts, Seed));
        WriteTexts(w, "detector_dense", BenchText.Dense(DetectorTexts, Seed));
        WriteTexts(w, "detector_short", BenchText.Short(DetectorTexts, Seed));
        var lines = new ActivityGenerator(Seed).Lines(FilterEvents, kind: null);
        w.WriteStartObject("filter_mix");
        w.WriteNumber("events", lines.Length);
        w.WriteNumber("seed", Seed);
        w.WriteNumber("bytes", lines.Sum(l => (long)l.Length + 1));
        w.WriteString("sha256", Hash(lines.SelectMany(l => l.Append((byte)'\n')).ToArray()));
        w.WriteEndObject();
        w.WriteStartObject("memory_read");
        w.WriteNumber("bytes", 256L * 1024 * 1024);
        w.WriteNumber("seed", 1);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteTexts(Utf8JsonWriter w, string name, string[] texts)
    {
        w.WriteStartObject(name);
        w.WriteNumber("texts", texts.Length);
        w.WriteNumber("seed", Seed);
        w.WriteNumber("bytes", BenchText.Utf8Bytes(texts));
        w.WriteString("sha256", Hash(Encoding.UTF8.GetBytes(string.Join('\n', texts))));
        w.WriteEndObject();
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
