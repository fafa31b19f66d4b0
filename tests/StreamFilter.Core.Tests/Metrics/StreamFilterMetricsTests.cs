using StreamFilter.Core.Detection;
using StreamFilter.Core.Metrics;
using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Tests.Metrics;

/// <summary>What each pipeline-facing method of <see cref="StreamFilterMetrics"/> shows on /metrics.</summary>
[Collection(AllocationMeasurementCollection.Name)]
public sealed class StreamFilterMetricsTests
{
    private readonly StreamFilterMetrics _metrics = new();

    [Fact]
    public void Every_metric_is_exported_under_its_prometheus_name_and_type()
    {
        var families = Exposition.Families(Exposition.Text(_metrics));

        Assert.Equal(
            new Dictionary<string, string>
            {
                [MetricNames.EventsIn] = "counter",
                [MetricNames.EventsOut] = "counter",
                [MetricNames.Redactions] = "counter",
                [MetricNames.EventsDropped] = "counter",
                [MetricNames.DeadLetters] = "counter",
                [MetricNames.EventLevels] = "counter",
                [MetricNames.EventCategories] = "counter",
                [MetricNames.ProcessingDuration] = "histogram",
                [MetricNames.HoldbackKeys] = "gauge",
                [MetricNames.ConsumerLag] = "gauge",
                [MetricNames.TransactionCommitDuration] = "histogram",
                [MetricNames.ConfigReloads] = "counter",
                [MetricNames.PreviousKeyOpens] = "counter",
            },
            families);
        Assert.All(families.Keys, name => Assert.StartsWith("streamfilter_", name, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_series_of_the_fixed_label_sets_exists_at_zero_before_the_first_event()
    {
        var samples = Exposition.Samples(_metrics);

        foreach (var type in MetricLabels.EventTypes)
        {
            Assert.Equal(0, samples[$"streamfilter_events_in_total{{type=\"{type}\"}}"]);
            Assert.Equal(0, samples[$"streamfilter_events_out_total{{type=\"{type}\"}}"]);
        }

        foreach (var reason in MetricLabels.ReasonCodes.Append(MetricLabels.Other))
        {
            Assert.Equal(0, samples[$"streamfilter_events_dropped_total{{reason=\"{reason}\"}}"]);
            Assert.Equal(0, samples[$"streamfilter_dead_letters_total{{reason=\"{reason}\"}}"]);
        }

        Assert.Equal(0, samples[$"streamfilter_redactions_total{{entity_type=\"{EntityType.UsSsn}\"}}"]);
        Assert.Equal(0, samples[$"streamfilter_redactions_total{{entity_type=\"{EntityType.GenericSecret}\"}}"]);
        Assert.Equal(MetricLabels.BuiltInEntityTypes.Count + 1, samples.Keys.Count(s => s.StartsWith("streamfilter_redactions_total{", StringComparison.Ordinal)));
        Assert.Equal(MetricLabels.Categories.Count + 1, samples.Keys.Count(s => s.StartsWith("streamfilter_event_categories_total{", StringComparison.Ordinal)));
        Assert.Equal(["1", "2", "3", "4", "unknown"], samples.Keys.Where(s => s.StartsWith("streamfilter_event_levels_total{", StringComparison.Ordinal))
            .Select(s => s.Split('"')[1]).Order(StringComparer.Ordinal));
        Assert.Equal(0, samples["streamfilter_config_reloads_total{result=\"failure\"}"]);
        Assert.Equal(0, samples["streamfilter_previous_key_opens_total{record=\"changelog\"}"]);
        Assert.Equal(0, samples["streamfilter_holdback_keys"]);
        Assert.Equal(0, samples["streamfilter_processing_duration_seconds_count"]);
        Assert.DoesNotContain(samples.Keys, s => s.StartsWith("streamfilter_consumer_lag", StringComparison.Ordinal));
    }

    [Fact]
    public void Event_counters_count_by_label_and_fold_values_outside_the_set_into_other()
    {
        _metrics.EventIn("transcript");
        _metrics.EventIn("transcript");
        _metrics.EventIn("keystroke");
        _metrics.EventIn("clipboard");
        _metrics.EventOut("transcript");
        _metrics.Redaction(EntityType.UsSsn);
        _metrics.Dropped("consent_paused");
        _metrics.DeadLettered("invalid_event");
        _metrics.DeadLettered("not a reason code");
        _metrics.Level(SensitivityLevel.Sensitive);
        _metrics.Level((SensitivityLevel)9);
        _metrics.Level((SensitivityLevel)0);
        _metrics.Category(Category.Medical);
        _metrics.Category("astrology");

        var samples = Exposition.Samples(_metrics);
        Assert.Equal(2, samples["streamfilter_events_in_total{type=\"transcript\"}"]);
        Assert.Equal(1, samples["streamfilter_events_in_total{type=\"keystroke\"}"]);
        Assert.Equal(1, samples["streamfilter_events_in_total{type=\"other\"}"]);
        Assert.Equal(1, samples["streamfilter_events_out_total{type=\"transcript\"}"]);
        Assert.Equal(0, samples["streamfilter_events_out_total{type=\"keystroke\"}"]);
        Assert.Equal(1, samples["streamfilter_redactions_total{entity_type=\"US_SSN\"}"]);
        Assert.Equal(1, samples["streamfilter_events_dropped_total{reason=\"consent_paused\"}"]);
        Assert.Equal(1, samples["streamfilter_dead_letters_total{reason=\"invalid_event\"}"]);
        Assert.Equal(1, samples["streamfilter_dead_letters_total{reason=\"other\"}"]);
        Assert.Equal(1, samples["streamfilter_event_levels_total{level=\"3\"}"]);
        Assert.Equal(2, samples["streamfilter_event_levels_total{level=\"unknown\"}"]);
        Assert.Equal(1, samples["streamfilter_event_categories_total{category=\"medical\"}"]);
        Assert.Equal(1, samples["streamfilter_event_categories_total{category=\"other\"}"]);
        Assert.DoesNotContain(samples.Keys, s => s.Contains("clipboard", StringComparison.Ordinal) || s.Contains("astrology", StringComparison.Ordinal));
    }

    [Fact]
    public void An_entity_type_a_rules_file_declares_gets_its_own_series_but_text_of_another_shape_does_not()
    {
        _metrics.Redaction("EMPLOYEE_ID");
        _metrics.Redaction("EMPLOYEE_ID");
        _metrics.Redaction("536-22-4871");
        _metrics.Redaction("employee_id");
        _metrics.Redaction("");

        var samples = Exposition.Samples(_metrics);
        Assert.Equal(2, samples["streamfilter_redactions_total{entity_type=\"EMPLOYEE_ID\"}"]);
        Assert.Equal(3, samples["streamfilter_redactions_total{entity_type=\"other\"}"]);
        Assert.DoesNotContain(samples.Keys, s => s.Contains("536-22", StringComparison.Ordinal) || s.Contains("employee_id", StringComparison.Ordinal));
    }

    [Fact]
    public void Late_entity_types_are_capped_so_the_series_count_stays_bounded()
    {
        for (int i = 0; i < CounterChildren.MaxLateValues + 50; i++)
        {
            _metrics.Redaction($"CUSTOM_{i}");
        }

        var samples = Exposition.Samples(_metrics);
        Assert.Equal(CounterChildren.MaxLateValues, samples.Keys.Count(s => s.Contains("entity_type=\"CUSTOM_", StringComparison.Ordinal)));
        Assert.Equal(50, samples["streamfilter_redactions_total{entity_type=\"other\"}"]);
    }

    [Fact]
    public void Latencies_land_in_microsecond_buckets()
    {
        _metrics.ProcessingTime(TimeSpan.FromMicroseconds(3));
        _metrics.ProcessingTime(TimeSpan.FromMilliseconds(2));
        _metrics.TransactionCommitTime(TimeSpan.FromMilliseconds(20));

        var samples = Exposition.Samples(_metrics);
        Assert.Equal(0, samples["streamfilter_processing_duration_seconds_bucket{le=\"2.5e-06\"}"]);
        Assert.Equal(1, samples["streamfilter_processing_duration_seconds_bucket{le=\"5e-06\"}"]);
        Assert.Equal(2, samples["streamfilter_processing_duration_seconds_bucket{le=\"0.0025\"}"]);
        Assert.Equal(2, samples["streamfilter_processing_duration_seconds_bucket{le=\"+Inf\"}"]);
        Assert.Equal(2, samples["streamfilter_processing_duration_seconds_count"]);
        Assert.Equal(0.002003, samples["streamfilter_processing_duration_seconds_sum"], 9);
        Assert.Equal(MetricBuckets.EventProcessing.Count + 1, samples.Keys.Count(s => s.StartsWith("streamfilter_processing_duration_seconds_bucket", StringComparison.Ordinal)));
        Assert.Equal(0, samples["streamfilter_transaction_commit_duration_seconds_bucket{le=\"0.01\"}"]);
        Assert.Equal(1, samples["streamfilter_transaction_commit_duration_seconds_bucket{le=\"0.025\"}"]);
    }

    [Fact]
    public void Holdback_is_a_gauge_of_keys_currently_held()
    {
        _metrics.HoldbackChanged(11);
        _metrics.HoldbackChanged(-4);

        Assert.Equal(7, Exposition.Samples(_metrics)["streamfilter_holdback_keys"]);
    }

    [Fact]
    public void Config_reloads_and_previous_key_opens_are_counted_by_their_label()
    {
        _metrics.ConfigReloaded(succeeded: true);
        _metrics.ConfigReloaded(succeeded: false);
        _metrics.ConfigReloaded(succeeded: false);
        _metrics.PreviousKeyOpened("changelog");

        var samples = Exposition.Samples(_metrics);
        Assert.Equal(2, samples["streamfilter_config_reloads_total{result=\"failure\"}"]);
        Assert.Equal(1, samples["streamfilter_config_reloads_total{result=\"success\"}"]);
        Assert.Equal(1, samples["streamfilter_previous_key_opens_total{record=\"changelog\"}"]);
    }

    [Fact]
    public void Consumer_lag_comes_from_kafka_statistics_and_survives_a_malformed_payload()
    {
        Assert.True(_metrics.KafkaStatistics(KafkaStatisticsSample.Consumer));
        Assert.False(_metrics.KafkaStatistics("{\"topics\": 7}"));

        var samples = Exposition.Samples(_metrics);
        Assert.Equal(30, samples["streamfilter_consumer_lag{topic=\"events.keystroke\",partition=\"0\"}"]);
        Assert.Equal(0, samples["streamfilter_consumer_lag{topic=\"events.keystroke\",partition=\"1\"}"]);
        Assert.Equal(1234567890123, samples["streamfilter_consumer_lag{topic=\"events.transcript\",partition=\"3\"}"]);
        Assert.DoesNotContain(samples.Keys, s => s.Contains("partition=\"2\"", StringComparison.Ordinal) || s.Contains("partition=\"-1\"", StringComparison.Ordinal));
        Assert.Equal(3, _metrics.ConsumerLagPartitions);
    }

    [Fact]
    public void A_partition_the_statistics_no_longer_report_leaves_the_lag_gauge()
    {
        Assert.True(_metrics.KafkaStatistics(KafkaStatisticsSample.Consumer));
        Assert.True(_metrics.KafkaStatistics("""
            {"topics": {"events.keystroke": {"partitions": {"1": {"partition": 1, "consumer_lag": 4}}}}}
            """));

        var lag = Exposition.Samples(_metrics).Where(s => s.Key.StartsWith("streamfilter_consumer_lag", StringComparison.Ordinal)).ToList();
        var only = Assert.Single(lag);
        Assert.Equal("streamfilter_consumer_lag{topic=\"events.keystroke\",partition=\"1\"}", only.Key);
        Assert.Equal(4, only.Value);
        Assert.Equal(1, _metrics.ConsumerLagPartitions);
    }

    [Fact]
    public void Each_instance_exports_only_its_own_counts()
    {
        var other = new StreamFilterMetrics();
        other.EventIn("mouse");

        Assert.Equal(0, Exposition.Samples(_metrics)["streamfilter_events_in_total{type=\"mouse\"}"]);
        Assert.Equal(1, Exposition.Samples(other)["streamfilter_events_in_total{type=\"mouse\"}"]);
    }

    [Fact]
    public void Concurrent_recording_loses_no_count()
    {
        const int Threads = 4;
        const int PerThread = 20_000;
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, _ =>
        {
            for (int i = 0; i < PerThread; i++)
            {
                _metrics.EventIn("keystroke");
                _metrics.Redaction(i % 2 == 0 ? EntityType.Email : "EMPLOYEE_ID");
                _metrics.HoldbackChanged(1);
            }
        });

        var samples = Exposition.Samples(_metrics);
        Assert.Equal(Threads * PerThread, samples["streamfilter_events_in_total{type=\"keystroke\"}"]);
        Assert.Equal(Threads * PerThread / 2, samples["streamfilter_redactions_total{entity_type=\"EMAIL_ADDRESS\"}"]);
        Assert.Equal(Threads * PerThread / 2, samples["streamfilter_redactions_total{entity_type=\"EMPLOYEE_ID\"}"]);
        Assert.Equal(Threads * PerThread, samples["streamfilter_holdback_keys"]);
    }

    [Fact]
    public void Recording_allocates_nothing()
    {
        RecordAll(); // JIT-compiles the path and adds the late entity type once
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++)
        {
            RecordAll();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(10_001, Exposition.Samples(_metrics)["streamfilter_events_in_total{type=\"keystroke\"}"]);
    }

    private void RecordAll()
    {
        _metrics.EventIn("keystroke");
        _metrics.EventIn("no such type");
        _metrics.EventOut("keystroke");
        _metrics.Redaction(EntityType.CreditCard);
        _metrics.Redaction("EMPLOYEE_ID");
        _metrics.Dropped("password_field");
        _metrics.DeadLettered("invalid_event");
        _metrics.Level(SensitivityLevel.Secret);
        _metrics.Category(Category.Credentials);
        _metrics.ProcessingTime(TimeSpan.FromTicks(5));
        _metrics.HoldbackChanged(1);
        _metrics.TransactionCommitTime(TimeSpan.FromMilliseconds(3));
        _metrics.ConfigReloaded(succeeded: true);
        _metrics.PreviousKeyOpened("changelog");
    }
}
