using System.Text;

namespace StreamFilter.Core.Metrics.Prometheus;

/// <summary>
/// Counters (exposed as Prometheus counters) and up-down counters (exposed as gauges): the running sum
/// of all measurements per series, kept with lock-free atomic adds.
/// </summary>
internal sealed class SumFamily(string name, string help, bool monotonic)
    : MetricFamily(name, help, monotonic ? "counter" : "gauge")
{
    private readonly SeriesTable<Sum> _series = new(static () => new Sum());

    public override void Record(long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        // A counter only goes up; a negative delta is a caller bug and would break rate().
        if (monotonic && value < 0)
        {
            return;
        }

        Interlocked.Add(ref _series.Get(tags).Whole, value);
    }

    public override void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (double.IsNaN(value) || (monotonic && value < 0))
        {
            return;
        }

        ref double total = ref _series.Get(tags).Fraction;
        double seen = Volatile.Read(ref total);
        while (true)
        {
            double found = Interlocked.CompareExchange(ref total, seen + value, seen);
            if (found.Equals(seen))
            {
                return;
            }

            seen = found;
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
        foreach (var (labels, sum) in series)
        {
            WriteSample(to, Name, labels.Body, Volatile.Read(ref sum.Whole) + Volatile.Read(ref sum.Fraction));
        }
    }

    /// <summary>Integer instruments add exactly into <see cref="Whole"/>, floating-point ones into <see cref="Fraction"/>.</summary>
    private sealed class Sum
    {
        public long Whole;
        public double Fraction;
    }
}
