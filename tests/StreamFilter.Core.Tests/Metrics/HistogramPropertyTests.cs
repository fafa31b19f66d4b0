using System.Diagnostics.Metrics;
using System.Globalization;
using FsCheck.Xunit;
using StreamFilter.Core.Metrics.Prometheus;

namespace StreamFilter.Core.Tests.Metrics;

public class HistogramPropertyTests
{
    private static readonly double[] Bounds = [-1, 0, 0.001, 0.5, 1, 2.5, 1000];

    /// <summary>Whatever is recorded, each cumulative bucket holds exactly the values &lt;= its bound.</summary>
    [Property(MaxTest = 200)]
    public bool Cumulative_buckets_count_exactly_the_values_at_or_below_their_bound(double[] values)
    {
        using var meter = new Meter("histogram.property");
        using var collector = new MetricsCollector(meter);
        var histogram = meter.CreateHistogram("h", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Bounds });
        var recorded = values.Where(v => !double.IsNaN(v)).ToArray();
        foreach (double v in values)
        {
            histogram.Record(v);
        }

        if (recorded.Length == 0)
        {
            return collector.Scrape().Length == 0;
        }

        string text = collector.Scrape();
        bool bucketsRight = Bounds.All(b =>
            text.Contains(
                $"h_bucket{{le=\"{b.ToString("R", CultureInfo.InvariantCulture)}\"}} {recorded.Count(v => v <= b)}\n",
                StringComparison.Ordinal));
        return bucketsRight
            && text.Contains($"h_bucket{{le=\"+Inf\"}} {recorded.Length}\n", StringComparison.Ordinal)
            && text.Contains($"h_count {recorded.Length}\n", StringComparison.Ordinal);
    }
}
