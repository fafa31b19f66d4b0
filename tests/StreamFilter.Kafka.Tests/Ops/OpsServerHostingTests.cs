using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StreamFilter.Core.Metrics;
using StreamFilter.Core.Tests.Metrics;
using StreamFilter.Kafka.Ops;

namespace StreamFilter.Kafka.Tests.Ops;

public class OpsServerHostingTests
{
    [Fact]
    public async Task Runs_as_a_hosted_service_of_the_generic_host()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<StreamFilterMetrics>();
        builder.Services.AddSingleton(sp => new OpsServer(
            new OpsServerOptions { Port = 0 }, sp.GetRequiredService<StreamFilterMetrics>().Registry, StageReadiness.AlwaysReady()));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OpsServer>());
        using var host = builder.Build();

        await host.StartAsync();
        var server = host.Services.GetRequiredService<OpsServer>();
        host.Services.GetRequiredService<StreamFilterMetrics>().DeadLettered("invalid_event");
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

        using (var ready = await http.GetAsync(new Uri("readyz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        var samples = Exposition.Samples(await http.GetStringAsync(new Uri("metrics", UriKind.Relative)));
        Assert.Equal(1, samples["streamfilter_dead_letters_total{reason=\"invalid_event\"}"]);

        await host.StopAsync();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri("healthz", UriKind.Relative)));
    }
}
