using StreamFilter.Core.Metrics.Prometheus;

namespace StreamFilter.Core.Tests.Metrics;

public class PrometheusNamingTests
{
    [Theory]
    [InlineData("streamfilter.events.in", "{event}", true, "streamfilter_events_in_total")]
    [InlineData("streamfilter.processing.duration", "s", false, "streamfilter_processing_duration_seconds")]
    [InlineData("http.server.request.duration", "s", false, "http_server_request_duration_seconds")]
    [InlineData("already_seconds", "s", false, "already_seconds")]
    [InlineData("jobs_total", "", true, "jobs_total")]
    [InlineData("payload.size", "By", false, "payload_size_bytes")]
    [InlineData("throughput", "By/s", false, "throughput_bytes_per_second")]
    [InlineData("events.rate", "{event}/s", false, "events_rate_per_second")]
    [InlineData("cpu.utilization", "1", false, "cpu_utilization")]
    [InlineData("weird-name with spaces", null, false, "weird_name_with_spaces")]
    [InlineData("9lives", null, false, "_9lives")]
    [InlineData("a..b", null, false, "a_b")]
    [InlineData("ns:metric", null, false, "ns:metric")]
    public void Metric_names_follow_prometheus_conventions(string instrument, string? unit, bool counter, string expected) =>
        Assert.Equal(expected, PrometheusNaming.MetricName(instrument, unit, counter));

    [Theory]
    [InlineData("entity_type", "entity_type")]
    [InlineData("http.route", "http_route")]
    [InlineData("ns:label", "ns_label")]
    [InlineData("1st", "_1st")]
    public void Label_names_are_sanitised(string tag, string expected) =>
        Assert.Equal(expected, PrometheusNaming.LabelName(tag));
}
