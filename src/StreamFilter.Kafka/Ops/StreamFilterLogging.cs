using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace StreamFilter.Kafka.Ops;

/// <summary>
/// Console logging for every StreamFilter process. The rule for everything logged through it: ids,
/// counts, reasons, entity types, file names and line numbers only; never a field value, a key, a
/// token or any part of an event's content (the audit and dead-letter writers hold what must be kept).
/// Logs go to standard error so that <c>filter --output -</c> keeps standard output for data.
/// </summary>
public static class StreamFilterLogging
{
    /// <summary>Environment variable that picks the format (<c>json</c>, <c>simple</c>, <c>auto</c>) when the caller does not.</summary>
    public const string FormatVariable = "STREAMFILTER_LOG_FORMAT";

    public static ILoggingBuilder AddStreamFilterConsole(this ILoggingBuilder builder, LogFormat format = LogFormat.Auto, LogLevel minimumLevel = LogLevel.Information)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ClearProviders();
        builder.SetMinimumLevel(minimumLevel);
        builder.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);

        var resolved = Resolve(format, Environment.GetEnvironmentVariable(FormatVariable), Console.IsErrorRedirected);
        if (resolved == LogFormat.Json)
        {
            builder.AddJsonConsole(json =>
            {
                json.IncludeScopes = true;
                json.UseUtcTimestamp = true;
                json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                json.JsonWriterOptions = new JsonWriterOptions { Indented = false };
            });
        }
        else
        {
            builder.AddSimpleConsole(simple =>
            {
                simple.SingleLine = true;
                simple.TimestampFormat = "HH:mm:ss ";
            });
        }

        return builder;
    }

    /// <summary>A factory for code that runs outside a host (the CLI commands).</summary>
    public static ILoggerFactory CreateFactory(LogFormat format = LogFormat.Auto, LogLevel minimumLevel = LogLevel.Information) =>
        LoggerFactory.Create(builder => builder.AddStreamFilterConsole(format, minimumLevel));

    /// <summary>An explicit format wins, then the environment variable, then whether a person is watching.</summary>
    public static LogFormat Resolve(LogFormat requested, string? environmentValue, bool errorRedirected)
    {
        if (requested != LogFormat.Auto)
        {
            return requested;
        }

        if (Enum.TryParse<LogFormat>(environmentValue, ignoreCase: true, out var configured) && configured != LogFormat.Auto)
        {
            return configured;
        }

        return errorRedirected ? LogFormat.Json : LogFormat.Simple;
    }
}
