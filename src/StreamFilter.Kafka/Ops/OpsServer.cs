using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Prometheus;

namespace StreamFilter.Kafka.Ops;

/// <summary>
/// A small Kestrel server for /metrics, /healthz and /readyz, separate from the data path. Start and
/// stop it directly, or register it as an <see cref="IHostedService"/> in the stage's Generic Host.
/// </summary>
public sealed class OpsServer(
    OpsServerOptions options,
    CollectorRegistry registry,
    IReadinessSource readiness,
    ILoggerFactory? loggerFactory = null) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The port actually bound (the ephemeral one when <see cref="OpsServerOptions.Port"/> is 0).</summary>
    public int Port { get; private set; }

    /// <summary>Base address for clients, e.g. <c>http://127.0.0.1:9464/</c>.</summary>
    public Uri BaseAddress => new UriBuilder(Uri.UriSchemeHttp, ClientHost(IPAddress.Parse(options.BindAddress)), Port).Uri;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            throw new InvalidOperationException("The ops server is already started.");
        }

        if (!IPAddress.TryParse(options.BindAddress, out var address))
        {
            throw new ArgumentException($"Ops server: bind address '{options.BindAddress}' is not an IP address.", nameof(options));
        }

        if (options.Port is < 0 or > IPEndPoint.MaxPort)
        {
            throw new ArgumentException($"Ops server: port {options.Port} is outside 0-{IPEndPoint.MaxPort}.", nameof(options));
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = "StreamFilter.Ops",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        if (loggerFactory is not null)
        {
            builder.Services.AddSingleton(loggerFactory);
        }

        // The enclosing process owns Ctrl+C and SIGTERM; this server is stopped by whoever started it.
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(address, options.Port);
        });

        var app = builder.Build();
        app.MapOpsEndpoints(registry, readiness);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;

        var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        Port = new Uri(bound.First()).Port;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>A wildcard bind is reached through loopback; IPv6 literals need brackets in a URI.</summary>
    private static string ClientHost(IPAddress bound)
    {
        var host = bound.Equals(IPAddress.Any) ? IPAddress.Loopback
            : bound.Equals(IPAddress.IPv6Any) ? IPAddress.IPv6Loopback
            : bound;
        return host.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{host}]" : host.ToString();
    }

    private sealed class EmbeddedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
