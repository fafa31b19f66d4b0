using Microsoft.Extensions.Logging;
using StreamFilter.Kafka.Stage;

namespace StreamFilter.Kafka.Tests.Support;

/// <summary>A logger the tests can wait on: blocks until a message matching a predicate has been logged.</summary>
internal sealed class WaitableLogger : ILogger<KafkaStage>
{
    private readonly object gate = new();
    private readonly List<string> messages = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (gate)
        {
            messages.Add(formatter(state, exception));
            if (Environment.GetEnvironmentVariable("SF_TEST_LOG") is { } file) { File.AppendAllText(file, DateTime.UtcNow.ToString("HH:mm:ss.fff") + " " + messages[^1] + "\n"); }
            Monitor.PulseAll(gate);
        }
    }

    /// <summary>Everything logged so far.</summary>
    public List<string> Messages
    {
        get
        {
            lock (gate)
            {
                return [.. messages];
            }
        }
    }

    public bool WaitFor(Func<string, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var seen = 0;
        lock (gate)
        {
            while (true)
            {
                for (; seen < messages.Count; seen++)
                {
                    if (match(messages[seen]))
                    {
                        return true;
                    }
                }
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    return false;
                }
                Monitor.Wait(gate, left);
            }
        }
    }
}
