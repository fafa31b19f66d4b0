using System.Net;
using System.Text.Json;
using StreamFilter.Core.Metrics;
using StreamFilter.Core.Tests.Metrics;
using StreamFilter.Kafka.Ops;

namespace StreamFilter.Kafka.Tests.Ops;

/// <summary>The ops endpoints over real HTTP on an ephemeral loopback port.</summary>
public sealed class OpsServerTests : IAsyncLifetime
{
    private readonly StreamFilterMetrics _metrics = new();
    private readonly StageReadiness _readiness = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private OpsServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = new OpsServer(new OpsServerOptions { Port = 0 }, _metrics.Registry, _readiness);
        await _server.StartAsync(CancellationToken.None);
        _http.BaseAddress = _server.BaseAddress;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public void Binds_an_ephemeral_port_on_loopback_by_default()
    {
        Assert.NotEqual(0, _server.Port);
        Assert.Equal("127.0.0.1", _server.BaseAddress.Host);
    }

    [Fact]
    public async Task Metrics_endpoint_serves_the_exposition_as_text_0_0_4()
    {
        _metrics.EventIn("mouse");
        _metrics.EventIn("mouse");

        using var response = await _http.GetAsync(new Uri("metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var samples = Exposition.Samples(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, samples["streamfilter_events_in_total{type=\"mouse\"}"]);
        Assert.Equal(0, samples["streamfilter_events_in_total{type=\"keystroke\"}"]);
        Assert.All(samples.Keys, series => Assert.StartsWith("streamfilter_", series, StringComparison.Ordinal)); // only the stage's registry
    }

    [Fact]
    public async Task Metrics_endpoint_serves_openmetrics_to_a_scraper_that_asks_for_it()
    {
        _metrics.Redaction("US_SSN");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("metrics", UriKind.Relative));
        request.Headers.Accept.ParseAdd("application/openmetrics-text; version=1.0.0");

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/openmetrics-text", response.Content.Headers.ContentType!.MediaType);
        string body = await response.Content.ReadAsStringAsync();
        Assert.Contains("# TYPE streamfilter_redactions counter\n", body, StringComparison.Ordinal);
        Assert.Contains("streamfilter_redactions_total{entity_type=\"US_SSN\"} 1.0\n", body, StringComparison.Ordinal);
        Assert.EndsWith("# EOF\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_answers_ok_even_when_not_ready()
    {
        using var response = await _http.GetAsync(new Uri("healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_is_503_with_the_first_missing_condition_until_all_hold()
    {
        await AssertNotReady("no partitions assigned");
        _readiness.SetAssigned(true);
        await AssertNotReady("state not restored");
        _readiness.SetStateRestored(true);
        await AssertNotReady("producer not ready");
        _readiness.SetProducing(true);

        using (var ready = await _http.GetAsync(new Uri("readyz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
            Assert.Equal("ready", json.RootElement.GetProperty("status").GetString());
        }

        _readiness.SetAssigned(false); // a rebalance took the partitions away
        await AssertNotReady("no partitions assigned");
    }

    [Fact]
    public async Task Unknown_paths_are_404()
    {
        using var response = await _http.GetAsync(new Uri("admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Stopped_server_no_longer_accepts_connections()
    {
        await _server.StopAsync(CancellationToken.None);
        await Assert.ThrowsAsync<HttpRequestException>(() => _http.GetAsync(new Uri("healthz", UriKind.Relative)));
    }

    private async Task AssertNotReady(string reason)
    {
        using var response = await _http.GetAsync(new Uri("readyz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("not_ready", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(reason, json.RootElement.GetProperty("reason").GetString());
    }
}
