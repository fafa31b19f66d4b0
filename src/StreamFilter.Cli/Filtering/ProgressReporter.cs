using System.Diagnostics;
using System.Globalization;

namespace StreamFilter.Cli.Filtering;

/// <summary>
/// A progress line on stderr, rewritten about once a second, only when stderr is a terminal (a log
/// file or a pipe gets just the summary). Checking the clock costs one timestamp read per event.
/// </summary>
internal sealed class ProgressReporter(TextWriter error, bool enabled)
{
    private static readonly long Interval = Stopwatch.Frequency;
    private readonly long _start = Stopwatch.GetTimestamp();
    private long _next = Stopwatch.GetTimestamp() + Interval;

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_start);

    public void Tick(FilterCounts counts, long bytes)
    {
        if (!enabled)
        {
            return;
        }
        var now = Stopwatch.GetTimestamp();
        if (now < _next)
        {
            return;
        }
        _next = now + Interval;
        error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{Line(counts, bytes, Elapsed)}   "));
    }

    public void Clear()
    {
        if (enabled)
        {
            error.Write('\r');
            error.Write(new string(' ', 100));
            error.Write('\r');
        }
    }

    public static string Line(FilterCounts counts, long bytes, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        return string.Create(CultureInfo.InvariantCulture,
            $"{counts.Events:N0} events, {counts.Events / seconds:N0} events/s, {bytes / seconds / 1e6:F1} MB/s, {counts.Redacted:N0} redacted");
    }
}
