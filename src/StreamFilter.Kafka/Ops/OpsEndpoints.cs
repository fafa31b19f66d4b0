using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Prometheus;

namespace StreamFilter.Kafka.Ops;

/// <summary>The three operations endpoints, mappable onto any ASP.NET Core endpoint builder.</summary>
public static class OpsEndpoints
{
    public static IEndpointRouteBuilder MapOpsEndpoints(this IEndpointRouteBuilder endpoints, CollectorRegistry registry, IReadinessSource readiness)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(readiness);

        // prometheus-net's exporter: text format 0.0.4, or OpenMetrics when the scraper asks for it
        // (Prometheus does), of the given registry only.
        endpoints.MapMetrics("/metrics", registry);

        // Liveness: answering at all proves the process and its thread pool are alive.
        endpoints.MapGet("/healthz", context =>
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            return context.Response.WriteAsync("ok\n", context.RequestAborted);
        });

        endpoints.MapGet("/readyz", context => WriteReadinessAsync(context, readiness.Check()));
        return endpoints;
    }

    private static async Task WriteReadinessAsync(HttpContext context, ReadinessStatus status)
    {
        context.Response.StatusCode = status.IsReady ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await using (var json = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            json.WriteStartObject();
            json.WriteString("status", status.IsReady ? "ready" : "not_ready");
            if (!status.IsReady)
            {
                json.WriteString("reason", status.Reason);
            }

            json.WriteEndObject();
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
