using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StreamFilter.Core.Metrics;
using StreamFilter.Core.Metrics.Prometheus;
using StreamFilter.Kafka.Ops;

namespace StreamFilter.Kafka.Tests.Ops;

public class OpsServerHostingTests
{
    [Fact]
    public async Task Runs_as_a_hosted_service_of_the_generic_host()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<StreamFilterMetrics>();
        builder.Services.AddSingleton(sp => new MetricsCollector(sp.GetRequiredService<StreamFilterMetrics>().Meter));
        builder.Services.AddSingleton(sp => new OpsServer(
            new OpsServerOptions { Port = 0 }, sp.GetRequiredService<MetricsCollector>(), StageReadiness.AlwaysReady()));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OpsServer>());
        using var host = builder.Build();

        await host.StartAsync();
        var server = host.Services.GetRequiredService<OpsServer>();
        host.Services.GetRequiredService<StreamFilterMetrics>().DeadLettered("invalid_json");
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

        using (var ready = await http.GetAsync(new Uri("readyz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        Assert.Contains(
            "streamfilter_dead_letters_total{reason=\"invalid_json\"} 1\n",
            await http.GetStringAsync(new Uri("metrics", UriKind.Relative)),
            StringComparison.Ordinal);

        await host.StopAsync();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri("healthz", UriKind.Relative)));
    }
}
