using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;

namespace StreamFilter.Core.Metrics.Prometheus;

/// <summary>
/// Listens to instruments (<see cref="MeterListener"/>), aggregates their measurements in memory and
/// renders them in the Prometheus text exposition format 0.0.4 on <see cref="Scrape"/>.
/// Recording is lock-free and allocation-free once a series exists; observable instruments are polled
/// on scrape. Output is sorted by metric name and label text, so it is stable between scrapes.
/// </summary>
public sealed class MetricsCollector : IDisposable
{
    /// <summary>Prometheus client defaults, for histograms that do not advise their own buckets.</summary>
    private static readonly double[] DefaultBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly MeterListener _listener;
    private readonly ConcurrentDictionary<string, MetricFamily> _families = new(StringComparer.Ordinal);
    private readonly Lock _scrapeLock = new();

    /// <summary>Collects the instruments of one meter (normally <see cref="StreamFilterMetrics.Meter"/>).</summary>
    public MetricsCollector(Meter meter)
        : this(instrument => ReferenceEquals(instrument.Meter, meter))
    {
        ArgumentNullException.ThrowIfNull(meter);
    }

    /// <summary>Collects every instrument <paramref name="include"/> accepts, from any meter.</summary>
    public MetricsCollector(Func<Instrument, bool> include)
    {
        ArgumentNullException.ThrowIfNull(include);
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                // A second instrument translating to a name already taken is left out: two families of
                // one name would make the whole exposition invalid.
                if (include(instrument) && CreateFamily(instrument) is { } family && _families.TryAdd(family.Name, family))
                {
                    // The family rides along as the listener state: no lookup per measurement.
                    listener.EnableMeasurementEvents(instrument, family);
                }
            },
        };
        _listener.SetMeasurementEventCallback<long>(static (_, value, tags, state) => ((MetricFamily)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<int>(static (_, value, tags, state) => ((MetricFamily)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<double>(static (_, value, tags, state) => ((MetricFamily)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<float>(static (_, value, tags, state) => ((MetricFamily)state!).Record(value, tags));
        _listener.Start();
    }

    /// <summary>Polls observable instruments and returns the whole exposition text.</summary>
    public string Scrape()
    {
        lock (_scrapeLock)
        {
            var families = _families.Values.ToArray();
            foreach (var family in families)
            {
                family.BeginCollect();
            }

            _listener.RecordObservableInstruments();
            Array.Sort(families, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
            var text = new StringBuilder(4096);
            foreach (var family in families)
            {
                family.Write(text);
            }

            return text.ToString();
        }
    }

    public void Dispose() => _listener.Dispose();

    /// <summary>
    /// Maps an instrument kind to its aggregation and Prometheus type; null for kinds this exporter
    /// does not know (they are not enabled rather than exported wrongly).
    /// </summary>
    private static MetricFamily? CreateFamily(Instrument instrument)
    {
        var type = instrument.GetType();
        if (!type.IsGenericType)
        {
            return null;
        }

        var kind = type.GetGenericTypeDefinition();
        string help = string.IsNullOrWhiteSpace(instrument.Description) ? instrument.Name : instrument.Description;
        bool counter = kind == typeof(Counter<>) || kind == typeof(ObservableCounter<>);
        string name = PrometheusNaming.MetricName(instrument.Name, instrument.Unit, counter);

        if (kind == typeof(Counter<>) || kind == typeof(UpDownCounter<>))
        {
            return new SumFamily(name, help, monotonic: counter);
        }

        if (kind == typeof(Histogram<>))
        {
            return new HistogramFamily(name, help, AdvisedBuckets(instrument) ?? DefaultBuckets);
        }

        if (kind == typeof(ObservableCounter<>))
        {
            return new LastValueFamily(name, help, "counter", observed: true);
        }

        if (kind == typeof(ObservableGauge<>) || kind == typeof(ObservableUpDownCounter<>))
        {
            return new LastValueFamily(name, help, "gauge", observed: true);
        }

        return kind == typeof(Gauge<>) ? new LastValueFamily(name, help, "gauge", observed: false) : null;
    }

    private static IEnumerable<double>? AdvisedBuckets(Instrument instrument) => instrument switch
    {
        Histogram<double> h => h.Advice?.HistogramBucketBoundaries,
        Histogram<float> h => h.Advice?.HistogramBucketBoundaries?.Select(static b => (double)b),
        Histogram<long> h => h.Advice?.HistogramBucketBoundaries?.Select(static b => (double)b),
        Histogram<int> h => h.Advice?.HistogramBucketBoundaries?.Select(static b => (double)b),
        _ => null,
    };
}
