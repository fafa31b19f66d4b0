using StreamFilter.Core.Metrics;
using StreamFilter.Kafka.Ops;

namespace StreamFilter.Kafka.Tests.Ops;

public class OpsServerOptionsTests
{
    [Theory]
    [InlineData("localhost", 0, "not an IP address")]
    [InlineData("127.0.0.1", 70000, "outside 0-65535")]
    [InlineData("127.0.0.1", -1, "outside 0-65535")]
    public async Task Bad_options_are_refused_at_start_with_a_clear_message(string bind, int port, string message)
    {
        await using var server = new OpsServer(new OpsServerOptions { BindAddress = bind, Port = port }, new StreamFilterMetrics().Registry, new StageReadiness());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => server.StartAsync(CancellationToken.None));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wildcard_bind_is_reached_through_loopback()
    {
        await using var server = new OpsServer(new OpsServerOptions { BindAddress = "0.0.0.0", Port = 0 }, new StreamFilterMetrics().Registry, StageReadiness.AlwaysReady());
        await server.StartAsync(CancellationToken.None);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.GetAsync(new Uri(server.BaseAddress, "readyz"));

        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Defaults_are_loopback_and_the_exporter_port() =>
        Assert.Equal(new OpsServerOptions { BindAddress = "127.0.0.1", Port = 9464 }, new OpsServerOptions());
}
