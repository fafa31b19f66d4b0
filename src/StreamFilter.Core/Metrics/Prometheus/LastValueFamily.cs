using System.Text;

namespace StreamFilter.Core.Metrics.Prometheus;

/// <summary>
/// Instruments whose measurement is the current value rather than a delta: observable gauges, counters
/// and up-down counters (polled on each scrape) and synchronous gauges. Observed families are emptied
/// before each poll so a series the callback no longer reports (a revoked partition) disappears.
/// </summary>
internal sealed class LastValueFamily(string name, string help, string type, bool observed)
    : MetricFamily(name, help, type)
{
    private readonly SeriesTable<Current> _series = new(static () => new Current());

    public override void Record(long value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        Volatile.Write(ref _series.Get(tags).Value, value);

    public override void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        Volatile.Write(ref _series.Get(tags).Value, value);

    public override void BeginCollect()
    {
        if (observed)
        {
            _series.Clear();
        }
    }

    public override void Write(StringBuilder to)
    {
        var series = _series.Snapshot();
        if (series.Length == 0)
        {
            return;
        }

        WriteHeader(to);
        foreach (var (labels, current) in series)
        {
            WriteSample(to, Name, labels.Body, Volatile.Read(ref current.Value));
        }
    }

    private sealed class Current
    {
        public double Value;
    }
}
