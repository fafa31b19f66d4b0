using System.Globalization;
using System.Text;

namespace StreamFilter.Core.Metrics.Prometheus;

/// <summary>
/// Histograms with explicit bucket upper bounds. Recording increments one bucket (found by binary search)
/// and adds to the sum, both atomically. The exposition writes cumulative <c>_bucket</c> lines with an
/// <c>le</c> label, ending with <c>+Inf</c>, then <c>_sum</c> and <c>_count</c>; the count is the sum of the
/// buckets read, so <c>_count</c> always equals the <c>+Inf</c> bucket even while events are recorded.
/// </summary>
internal sealed class HistogramFamily : MetricFamily
{
    private readonly double[] _bounds;
    private readonly string[] _boundText;
    private readonly SeriesTable<Buckets> _series;

    public HistogramFamily(string name, string help, IEnumerable<double> bounds)
        : base(name, help, "histogram")
    {
        // Prometheus needs strictly increasing finite bounds; +Inf is always added by the exposition.
        _bounds = bounds.Where(double.IsFinite).Distinct().Order().ToArray();
        _boundText = _bounds.Select(b => b.ToString("R", CultureInfo.InvariantCulture)).ToArray();
        int bucketCount = _bounds.Length + 1;
        _series = new SeriesTable<Buckets>(() => new Buckets(bucketCount));
    }

    public override void Record(long value, ReadOnlySpan<KeyValuePair<string, object?>> tags) => Record((double)value, tags);

    public override void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (double.IsNaN(value))
        {
            return;
        }

        var buckets = _series.Get(tags);
        Interlocked.Increment(ref buckets.Counts[BucketOf(value)]);
        double seen = Volatile.Read(ref buckets.Sum);
        while (true)
        {
            double found = Interlocked.CompareExchange(ref buckets.Sum, seen + value, seen);
            if (found.Equals(seen))
            {
                return;
            }

            seen = found;
        }
    }

    /// <summary>
    /// Bucket i counts values in (bounds[i-1], bounds[i]]: the first bound not below the value (le is
    /// inclusive); past the last bound, the +Inf bucket. Hand-rolled: no comparer call per step.
    /// </summary>
    private int BucketOf(double value)
    {
        int low = 0;
        int high = _bounds.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (value <= _bounds[middle])
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    public override void Write(StringBuilder to)
    {
        var series = _series.Snapshot();
        if (series.Length == 0)
        {
            return;
        }

        WriteHeader(to);
        string bucketName = Name + "_bucket";
        foreach (var (labels, buckets) in series)
        {
            string prefix = labels.Body.Length == 0 ? "le=\"" : labels.Body + ",le=\"";
            long cumulative = 0;
            for (int i = 0; i < buckets.Counts.Length; i++)
            {
                cumulative += Volatile.Read(ref buckets.Counts[i]);
                string bound = i < _boundText.Length ? _boundText[i] : "+Inf";
                WriteSample(to, bucketName, prefix + bound + "\"", cumulative);
            }

            WriteSample(to, Name + "_sum", labels.Body, Volatile.Read(ref buckets.Sum));
            WriteSample(to, Name + "_count", labels.Body, cumulative);
        }
    }

    private sealed class Buckets(int count)
    {
        public readonly long[] Counts = new long[count];
        public double Sum;
    }
}
