using StreamFilter.Core.Detection;
using StreamFilter.Core.Metrics;
using StreamFilter.Core.Metrics.Prometheus;
using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Tests.Metrics;

/// <summary>What each pipeline-facing method of <see cref="StreamFilterMetrics"/> shows on /metrics.</summary>
[Collection(AllocationMeasurementCollection.Name)]
public sealed class StreamFilterMetricsTests : IDisposable
{
    private readonly StreamFilterMetrics _metrics = new();
    private readonly MetricsCollector _collector;

    public StreamFilterMetricsTests() => _collector = new MetricsCollector(_metrics.Meter);

    public void Dispose()
    {
        _collector.Dispose();
        _metrics.Dispose();
    }

    [Fact]
    public void Event_counters_are_exposed_with_prometheus_names_and_labels()
    {
        _metrics.EventIn("transcript");
        _metrics.EventIn("transcript");
        _metrics.EventIn("keystroke");
        _metrics.EventOut("transcript");
        _metrics.Redaction(EntityType.UsSsn);
        _metrics.Dropped("consent_paused");
        _metrics.DeadLettered("invalid_json");
        _metrics.Level(SensitivityLevel.Sensitive);
        _metrics.Level((SensitivityLevel)9);
        _metrics.Category(Category.Medical);

        string text = _collector.Scrape();
        Assert.Contains("# TYPE streamfilter_events_in_total counter\n", text, StringComparison.Ordinal);
        Assert.Contains("streamfilter_events_in_total{type=\"keystroke\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("streamfilter_events_in_total{type=\"transcript\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("streamfilter_events_out_total{type=\"transcript\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("streamfilter_redactions_total{entity_type=\"US_SSN\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("streamfilter_events_dropped_total{reason=\"consent_paused\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("streamfilter_dead_letters_total{reason=\"invalid_json\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("streamfilter_event_levels_total{level=\"3\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("streamfilter_event_levels_total{level=\"unknown\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("streamfilter_event_categories_total{category=\"medical\"} 1\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Latencies_land_in_microsecond_buckets()
    {
        _metrics.ProcessingTime(TimeSpan.FromMicroseconds(3));
        _metrics.ProcessingTime(TimeSpan.FromMilliseconds(2));
        _metrics.TransactionCommitTime(TimeSpan.FromMilliseconds(20));

        string text = _collector.Scrape();
        Assert.Contains("# TYPE streamfilter_processing_duration_seconds histogram\n", text, StringComparison.Ordinal);
        Assert.Contains("streamfilter_processing_duration_seconds_bucket{le=\"2.5E-06\"} 0\n", text, StringComparison.Ordinal);
        Assert.Contains("streamfilter_processing_duration_seconds_bucket{le=\"5E-06\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("streamfilter_processing_duration_seconds_bucket{le=\"0.0025\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("streamfilter_processing_duration_seconds_count 2\n", text, StringComparison.Ordinal);
        Assert.Contains("streamfilter_transaction_commit_duration_seconds_bucket{le=\"0.01\"} 0\n", text, StringComparison.Ordinal);
        Assert.Contains("streamfilter_transaction_commit_duration_seconds_bucket{le=\"0.025\"} 1\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Holdback_is_a_gauge_of_keys_currently_held()
    {
        _metrics.HoldbackChanged(11);
        _metrics.HoldbackChanged(-4);

        string text = _collector.Scrape();
        Assert.Contains("# TYPE streamfilter_holdback_keys gauge\nstreamfilter_holdback_keys 7\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_reloads_are_counted_by_result()
    {
        _metrics.ConfigReloaded(succeeded: true);
        _metrics.ConfigReloaded(succeeded: false);
        _metrics.ConfigReloaded(succeeded: false);

        string text = _collector.Scrape();
        Assert.Contains("streamfilter_config_reloads_total{result=\"failure\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("streamfilter_config_reloads_total{result=\"success\"} 1\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_lag_comes_from_kafka_statistics_and_survives_a_malformed_payload()
    {
        Assert.DoesNotContain("streamfilter_consumer_lag", _collector.Scrape(), StringComparison.Ordinal);

        Assert.True(_metrics.KafkaStatistics(KafkaStatisticsSample.Consumer));
        Assert.False(_metrics.KafkaStatistics("{\"topics\": 7}"));

        string text = _collector.Scrape();
        Assert.Contains("# TYPE streamfilter_consumer_lag gauge\n", text, StringComparison.Ordinal);
        Assert.Contains("streamfilter_consumer_lag{partition=\"0\",topic=\"events.keystroke\"} 30\n", text, StringComparison.Ordinal);
        Assert.Contains("streamfilter_consumer_lag{partition=\"1\",topic=\"events.keystroke\"} 0\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("partition=\"2\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Recording_allocates_nothing_once_series_exist()
    {
        RecordAll(); // creates the series and JIT-compiles the path
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++)
        {
            RecordAll();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Contains("streamfilter_events_in_total{type=\"keystroke\"} 10001\n", _collector.Scrape(), StringComparison.Ordinal);
    }

    [Fact]
    public void Recording_without_a_listener_allocates_nothing()
    {
        using var unobserved = new StreamFilterMetrics();
        unobserved.EventIn("keystroke");
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++)
        {
            unobserved.EventIn("keystroke");
            unobserved.Level(SensitivityLevel.Secret);
            unobserved.ProcessingTime(TimeSpan.FromTicks(i));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private void RecordAll()
    {
        _metrics.EventIn("keystroke");
        _metrics.EventOut("keystroke");
        _metrics.Redaction(EntityType.CreditCard);
        _metrics.Dropped("password_field");
        _metrics.DeadLettered("invalid_utf8");
        _metrics.Level(SensitivityLevel.Secret);
        _metrics.Category(Category.Credentials);
        _metrics.ProcessingTime(TimeSpan.FromTicks(5));
        _metrics.HoldbackChanged(1);
        _metrics.TransactionCommitTime(TimeSpan.FromMilliseconds(3));
    }
}
