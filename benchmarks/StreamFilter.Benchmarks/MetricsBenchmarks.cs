using BenchmarkDotNet.Attributes;
using Prometheus;
using StreamFilter.Core.Detection;
using StreamFilter.Core.Metrics;
using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Benchmarks;

/// <summary>
/// What metrics cost the event path: each call alone and the set the filter makes per event, on
/// prometheus-net with the children cached at start-up (series exist, as in steady state). The allocated
/// column must stay 0. <see cref="UncachedWithLabels"/> is the same increment through prometheus-net's
/// <c>WithLabels</c> per call, the path the cache avoids.
/// </summary>
[MemoryDiagnoser]
public class MetricsBenchmarks
{
    private StreamFilterMetrics _metrics = null!;
    private Counter _uncached = null!;

    [GlobalSetup]
    public void Setup()
    {
        _metrics = new StreamFilterMetrics();
        _uncached = Metrics.WithCustomRegistry(Metrics.NewCustomRegistry())
            .CreateCounter("bench_events_in_total", "Events.", new CounterConfiguration { LabelNames = ["type"] });
        _metrics.Redaction("EMPLOYEE_ID");
        PerEvent();
    }

    [Benchmark]
    public void EventIn() => _metrics.EventIn("keystroke");

    [Benchmark]
    public void Level() => _metrics.Level(SensitivityLevel.Sensitive);

    [Benchmark]
    public void ProcessingTime() => _metrics.ProcessingTime(TimeSpan.FromTicks(37));

    /// <summary>An entity type a rules file declared: found in the late-value table, not the frozen one.</summary>
    [Benchmark]
    public void DeclaredEntityRedaction() => _metrics.Redaction("EMPLOYEE_ID");

    [Benchmark]
    public void UncachedWithLabels() => _uncached.WithLabels("keystroke").Inc();

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
