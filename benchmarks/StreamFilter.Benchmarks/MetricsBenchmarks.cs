using BenchmarkDotNet.Attributes;
using StreamFilter.Core.Detection;
using StreamFilter.Core.Metrics;
using StreamFilter.Core.Metrics.Prometheus;
using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Benchmarks;

/// <summary>
/// What metrics cost the event path: each call alone and the set the filter makes per event, with nobody
/// listening (instruments disabled) and with the Prometheus collector listening (series already exist,
/// as in steady state). The allocated column must stay 0 in both.
/// </summary>
[MemoryDiagnoser]
public class MetricsBenchmarks
{
    private StreamFilterMetrics _metrics = null!;
    private MetricsCollector? _collector;

    [Params(false, true)]
    public bool Listening { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _metrics = new StreamFilterMetrics();
        if (Listening)
        {
            _collector = new MetricsCollector(_metrics.Meter);
        }

        PerEvent();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _collector?.Dispose();
        _metrics.Dispose();
    }

    [Benchmark]
    public void EventIn() => _metrics.EventIn("keystroke");

    [Benchmark]
    public void Level() => _metrics.Level(SensitivityLevel.Sensitive);

    [Benchmark]
    public void ProcessingTime() => _metrics.ProcessingTime(TimeSpan.FromTicks(37));

    /// <summary>A redacted transcript: in, level, category, one redaction, latency, out.</summary>
    [Benchmark]
    public void PerEvent()
    {
        _metrics.EventIn("transcript");
        _metrics.Level(SensitivityLevel.Sensitive);
        _metrics.Category(Category.Tax);
        _metrics.Redaction(EntityType.UsSsn);
        _metrics.ProcessingTime(TimeSpan.FromTicks(37));
        _metrics.EventOut("transcript");
    }
}
