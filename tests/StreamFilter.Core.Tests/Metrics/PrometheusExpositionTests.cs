using System.Diagnostics.Metrics;
using StreamFilter.Core.Metrics.Prometheus;

namespace StreamFilter.Core.Tests.Metrics;

/// <summary>The text format 0.0.4 written by <see cref="MetricsCollector"/>, instrument kind by kind.</summary>
public sealed class PrometheusExpositionTests : IDisposable
{
    // A meter per test: collectors listen to their own meter only, so parallel tests never mix.
    private readonly Meter _meter = new("test." + Guid.NewGuid().ToString("N"));
    private readonly MetricsCollector _collector;

    public PrometheusExpositionTests() => _collector = new MetricsCollector(_meter);

    public void Dispose()
    {
        _collector.Dispose();
        _meter.Dispose();
    }

    [Fact]
    public void Counter_is_summed_per_label_set_and_named_with_total()
    {
        var counter = _meter.CreateCounter<long>("app.requests", "{request}", "Requests served.");
        counter.Add(2, new KeyValuePair<string, object?>("route", "a"));
        counter.Add(3, new KeyValuePair<string, object?>("route", "a"));
        counter.Add(1, new KeyValuePair<string, object?>("route", "b"));

        Assert.Equal(
            "# HELP app_requests_total Requests served.\n" +
            "# TYPE app_requests_total counter\n" +
            "app_requests_total{route=\"a\"} 5\n" +
            "app_requests_total{route=\"b\"} 1\n",
            _collector.Scrape());
    }

    [Fact]
    public void Counter_ignores_negative_deltas_and_adds_fractions()
    {
        var counter = _meter.CreateCounter<double>("app.work", "s");
        counter.Add(0.25);
        counter.Add(-5);
        counter.Add(0.5);

        Assert.Contains("\napp_work_seconds_total 0.75\n", _collector.Scrape(), StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_in_any_order_are_one_series_with_labels_sorted_by_name()
    {
        var counter = _meter.CreateCounter<long>("app.hits");
        counter.Add(1, new("z", "1"), new("a", "2"));
        counter.Add(1, new("a", "2"), new("z", "1"));

        Assert.Contains("app_hits_total{a=\"2\",z=\"1\"} 2\n", _collector.Scrape(), StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_tag_values_from_different_string_instances_share_a_series()
    {
        var counter = _meter.CreateCounter<long>("app.events");
        string constant = "transcript";
        string copy = new(constant.AsSpan()); // same text, another object: misses the identity cache
        counter.Add(1, new KeyValuePair<string, object?>("type", constant));
        counter.Add(1, new KeyValuePair<string, object?>("type", copy));
        counter.Add(1, new KeyValuePair<string, object?>(new string("type".AsSpan()), constant));

        Assert.Contains("\napp_events_total{type=\"transcript\"} 3\n", _collector.Scrape(), StringComparison.Ordinal);
    }

    [Fact]
    public void Boxed_tag_values_new_on_every_call_are_counted_in_one_series()
    {
        var counter = _meter.CreateCounter<long>("app.boxed");
        for (int i = 0; i < 1000; i++)
        {
            counter.Add(1, new KeyValuePair<string, object?>("level", 3));
        }

        Assert.Contains("\napp_boxed_total{level=\"3\"} 1000\n", _collector.Scrape(), StringComparison.Ordinal);
    }

    [Fact]
    public void Label_values_escape_backslash_quote_and_newline()
    {
        var counter = _meter.CreateCounter<long>("app.errors");
        counter.Add(1, new KeyValuePair<string, object?>("reason", "a\\b \"c\"\nd"));

        Assert.Contains("app_errors_total{reason=\"a\\\\b \\\"c\\\"\\nd\"} 1\n", _collector.Scrape(), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_escapes_backslash_and_newline_but_not_quotes()
    {
        _meter.CreateCounter<long>("app.help", description: "line \"one\"\nback\\slash").Add(1);

        Assert.StartsWith("# HELP app_help_total line \"one\"\\nback\\\\slash\n", _collector.Scrape(), StringComparison.Ordinal);
    }

    [Fact]
    public void Non_string_tag_values_are_written_in_invariant_form()
    {
        var counter = _meter.CreateCounter<long>("app.parts");
        counter.Add(1, new KeyValuePair<string, object?>("partition", 3));
        counter.Add(1, new KeyValuePair<string, object?>("ratio", 0.5));

        string text = _collector.Scrape();
        Assert.Contains("app_parts_total{partition=\"3\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("app_parts_total{ratio=\"0.5\"} 1\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Histogram_buckets_are_cumulative_with_inf_sum_and_count()
    {
        var histogram = _meter.CreateHistogram(
            "app.latency", "s", "Latency.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.25, 0.5, 1] });
        foreach (double v in new[] { 0.125, 0.25, 0.375, 0.75, 2.0 })
        {
            histogram.Record(v, new KeyValuePair<string, object?>("op", "x"));
        }

        Assert.Equal(
            "# HELP app_latency_seconds Latency.\n" +
            "# TYPE app_latency_seconds histogram\n" +
            "app_latency_seconds_bucket{op=\"x\",le=\"0.25\"} 2\n" + // 0.125 and 0.25 itself (le is inclusive)
            "app_latency_seconds_bucket{op=\"x\",le=\"0.5\"} 3\n" +
            "app_latency_seconds_bucket{op=\"x\",le=\"1\"} 4\n" +
            "app_latency_seconds_bucket{op=\"x\",le=\"+Inf\"} 5\n" +
            "app_latency_seconds_sum{op=\"x\"} 3.5\n" +
            "app_latency_seconds_count{op=\"x\"} 5\n",
            _collector.Scrape());
    }

    [Fact]
    public void Histogram_without_advice_uses_default_buckets_and_no_labels()
    {
        _meter.CreateHistogram<long>("app.size", "By").Record(7);

        string text = _collector.Scrape();
        Assert.Contains("app_size_bytes_bucket{le=\"5\"} 0\n", text, StringComparison.Ordinal);
        Assert.Contains("app_size_bytes_bucket{le=\"10\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("app_size_bytes_count 1\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Up_down_counter_is_a_gauge_that_goes_down()
    {
        var held = _meter.CreateUpDownCounter<long>("app.held", "{key}", "Held keys.");
        held.Add(5);
        held.Add(-3);

        Assert.Equal("# HELP app_held Held keys.\n# TYPE app_held gauge\napp_held 2\n", _collector.Scrape());
    }

    [Fact]
    public void Observable_gauge_is_polled_on_each_scrape_and_forgets_series_no_longer_reported()
    {
        var partitions = new List<int> { 0, 1 };
        _meter.CreateObservableGauge(
            "app.lag",
            () => partitions.Select(p => new Measurement<long>(p * 10, new KeyValuePair<string, object?>("p", p.ToString(System.Globalization.CultureInfo.InvariantCulture)))));

        string first = _collector.Scrape();
        Assert.Contains("app_lag{p=\"1\"} 10\n", first, StringComparison.Ordinal);
        Assert.Contains("# TYPE app_lag gauge\n", first, StringComparison.Ordinal);

        partitions.Remove(1);
        string second = _collector.Scrape();
        Assert.Contains("app_lag{p=\"0\"} 0\n", second, StringComparison.Ordinal);
        Assert.DoesNotContain("p=\"1\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public void Observable_gauge_with_constant_tags_reports_the_new_value_on_every_scrape()
    {
        long value = 1;
        _meter.CreateObservableGauge("app.depth", () => new Measurement<long>(value, new KeyValuePair<string, object?>("queue", "main")));

        Assert.Contains("app_depth{queue=\"main\"} 1\n", _collector.Scrape(), StringComparison.Ordinal);
        value = 42;
        Assert.Contains("app_depth{queue=\"main\"} 42\n", _collector.Scrape(), StringComparison.Ordinal);
    }

    [Fact]
    public void Observable_counter_reports_its_total_as_a_counter()
    {
        _meter.CreateObservableCounter("app.cpu.time", () => 12.5, "s");

        Assert.Contains("# TYPE app_cpu_time_seconds_total counter\napp_cpu_time_seconds_total 12.5\n", _collector.Scrape(), StringComparison.Ordinal);
    }

    [Fact]
    public void Synchronous_gauge_keeps_the_last_value()
    {
        var gauge = _meter.CreateGauge<double>("app.temperature");
        gauge.Record(3);
        gauge.Record(-1.5);

        Assert.Contains("\napp_temperature -1.5\n", _collector.Scrape(), StringComparison.Ordinal);
    }

    [Fact]
    public void Families_are_sorted_by_name_and_empty_families_are_left_out()
    {
        _meter.CreateCounter<long>("b.second").Add(1);
        _meter.CreateCounter<long>("a.first").Add(1);
        _meter.CreateCounter<long>("c.never");

        string text = _collector.Scrape();
        Assert.True(text.IndexOf("a_first_total", StringComparison.Ordinal) < text.IndexOf("b_second_total", StringComparison.Ordinal));
        Assert.DoesNotContain("c_never", text, StringComparison.Ordinal);
        Assert.Equal(text, _collector.Scrape());
    }

    [Fact]
    public void Instruments_of_other_meters_are_ignored()
    {
        using var other = new Meter("test.other." + Guid.NewGuid().ToString("N"));
        other.CreateCounter<long>("other.count").Add(1);

        Assert.Equal(string.Empty, _collector.Scrape());
    }

    [Fact]
    public void Too_many_series_spill_into_one_overflow_series()
    {
        var counter = _meter.CreateCounter<long>("app.ids");
        int total = SeriesTableLimit + 10;
        for (int i = 0; i < total; i++)
        {
            counter.Add(1, new KeyValuePair<string, object?>("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        string text = _collector.Scrape();
        Assert.Contains("app_ids_total{otel_metric_overflow=\"true\"} 10\n", text, StringComparison.Ordinal);
        Assert.Equal(SeriesTableLimit + 1, text.Split('\n').Count(l => l.StartsWith("app_ids_total{", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_instrument_whose_prometheus_name_is_taken_is_left_out()
    {
        _meter.CreateCounter<long>("app.jobs").Add(1);
        _meter.CreateCounter<long>("app_jobs_total").Add(5);

        string text = _collector.Scrape();
        Assert.Single(text.Split('\n'), l => l.StartsWith("# TYPE app_jobs_total", StringComparison.Ordinal));
        Assert.Contains("\napp_jobs_total 1\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_recording_loses_nothing()
    {
        var counter = _meter.CreateCounter<long>("app.concurrent");
        var histogram = _meter.CreateHistogram<double>("app.concurrent.duration", "s");
        string[] types = ["keystroke", "transcript"];
        const int PerThread = 50_000;

        await Task.WhenAll(Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            for (int i = 0; i < PerThread; i++)
            {
                counter.Add(1, new KeyValuePair<string, object?>("type", types[(i + t) % 2]));
                histogram.Record(0.5);
            }
        })));

        string text = _collector.Scrape();
        Assert.Contains($"app_concurrent_total{{type=\"keystroke\"}} {2 * PerThread}\n", text, StringComparison.Ordinal);
        Assert.Contains($"app_concurrent_total{{type=\"transcript\"}} {2 * PerThread}\n", text, StringComparison.Ordinal);
        Assert.Contains($"app_concurrent_duration_seconds_count {4 * PerThread}\n", text, StringComparison.Ordinal);
        Assert.Contains($"app_concurrent_duration_seconds_sum {2 * PerThread}\n", text, StringComparison.Ordinal);
    }

    private const int SeriesTableLimit = 2000;
}
