using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using StreamFilter.Kafka.Ops;

namespace StreamFilter.Kafka.Tests.Ops;

public class StreamFilterLoggingTests
{
    [Theory]
    [InlineData(LogFormat.Json, null, false, LogFormat.Json)]
    [InlineData(LogFormat.Simple, "json", true, LogFormat.Simple)]
    [InlineData(LogFormat.Auto, "json", false, LogFormat.Json)]
    [InlineData(LogFormat.Auto, "SIMPLE", true, LogFormat.Simple)]
    [InlineData(LogFormat.Auto, null, true, LogFormat.Json)]
    [InlineData(LogFormat.Auto, null, false, LogFormat.Simple)]
    [InlineData(LogFormat.Auto, "fancy", false, LogFormat.Simple)]
    public void Format_is_explicit_then_environment_then_terminal_detection(LogFormat requested, string? environment, bool redirected, LogFormat expected) =>
        Assert.Equal(expected, StreamFilterLogging.Resolve(requested, environment, redirected));

    [Theory]
    [InlineData(LogFormat.Json, ConsoleFormatterNames.Json)]
    [InlineData(LogFormat.Simple, ConsoleFormatterNames.Simple)]
    public void Console_uses_the_chosen_formatter_and_writes_to_standard_error(LogFormat format, string formatterName)
    {
        using var services = new ServiceCollection()
            .AddLogging(logging => logging.AddStreamFilterConsole(format, LogLevel.Warning))
            .BuildServiceProvider();

        var console = services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        Assert.Equal(formatterName, console.FormatterName);
        Assert.Equal(LogLevel.Trace, console.LogToStandardErrorThreshold);
        Assert.False(services.GetRequiredService<ILoggerFactory>().CreateLogger("t").IsEnabled(LogLevel.Information));
    }
}
