using System.Diagnostics.Metrics;
using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Metrics;

/// <summary>
/// Every instrument StreamFilter records, on one <see cref="Meter"/> named "StreamFilter", and the
/// methods the pipeline calls. Safe from any thread. The event-path methods do not allocate: each checks
/// <see cref="Instrument.Enabled"/> first (nothing is built when nobody listens, as in Kestrel's metrics)
/// and passes one tag whose value is a string the caller already holds (event types, entity types and
/// reasons are constants) or one cached here (levels).
/// Tag values must come from small fixed sets: never an id, a user, a value or free text.
/// </summary>
public sealed class StreamFilterMetrics : IDisposable
{
    // Level tags as cached strings: boxing an int per event would allocate.
    private static readonly string[] LevelNames = ["0", "1", "2", "3", "4"];

    private readonly bool _ownsMeter;
    private readonly Counter<long> _eventsIn;
    private readonly Counter<long> _eventsOut;
    private readonly Counter<long> _redactions;
    private readonly Counter<long> _dropped;
    private readonly Counter<long> _deadLetters;
    private readonly Counter<long> _levels;
    private readonly Counter<long> _categories;
    private readonly Histogram<double> _processing;
    private readonly UpDownCounter<long> _holdback;
    private readonly Histogram<double> _commit;
    private readonly Counter<long> _reloads;
    private readonly Counter<long> _previousKeyOpens;
    private readonly ConsumerLagSnapshot _lag = new();

    /// <param name="meterFactory">The host's factory (dependency injection); null creates and owns a meter.</param>
    public StreamFilterMetrics(IMeterFactory? meterFactory = null)
    {
        _ownsMeter = meterFactory is null;
        Meter = meterFactory?.Create(MetricNames.MeterName) ?? new Meter(MetricNames.MeterName);

        _eventsIn = Meter.CreateCounter<long>(MetricNames.EventsIn, "{event}", "Input events read, by event type.");
        _eventsOut = Meter.CreateCounter<long>(MetricNames.EventsOut, "{event}", "Filtered events forwarded to training storage, by event type.");
        _redactions = Meter.CreateCounter<long>(MetricNames.Redactions, "{finding}", "Values redacted, by entity type.");
        _dropped = Meter.CreateCounter<long>(MetricNames.EventsDropped, "{event}", "Events dropped by policy, by reason.");
        _deadLetters = Meter.CreateCounter<long>(MetricNames.DeadLetters, "{event}", "Events dead-lettered, by reason.");
        _levels = Meter.CreateCounter<long>(MetricNames.EventLevels, "{event}", "Events judged, by sensitivity level (1-4).");
        _categories = Meter.CreateCounter<long>(MetricNames.EventCategories, "{event}", "Sensitivity categories assigned to events.");
        _processing = Meter.CreateHistogram(
            MetricNames.ProcessingDuration, "s", "Time to judge one event, from parse to decision.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = MetricBuckets.EventProcessing });
        _holdback = Meter.CreateUpDownCounter<long>(MetricNames.HoldbackKeys, "{key}", "Keystrokes held back until their value is decided.");
        _commit = Meter.CreateHistogram(
            MetricNames.TransactionCommitDuration, "s", "Time to commit one Kafka transaction.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = MetricBuckets.TransactionCommit });
        _reloads = Meter.CreateCounter<long>(MetricNames.ConfigReloads, "{reload}", "Rules file reloads, by result (success, failure).");
        _previousKeyOpens = Meter.CreateCounter<long>(
            MetricNames.PreviousKeyOpens, "{record}", "Sealed records opened with a previous quarantine key, by record kind; zero for a whole compaction window means the old key can be retired.");
        Meter.CreateObservableGauge(MetricNames.ConsumerLag, _lag.Observe, "{message}", "Messages between the consumer position and the end of each partition.");
    }

    /// <summary>The meter the exporter listens to.</summary>
    public Meter Meter { get; }

    public void EventIn(string type) => Count(_eventsIn, MetricNames.TypeTag, type);

    public void EventOut(string type) => Count(_eventsOut, MetricNames.TypeTag, type);

    public void Redaction(string entityType) => Count(_redactions, MetricNames.EntityTypeTag, entityType);

    public void Dropped(string reason) => Count(_dropped, MetricNames.ReasonTag, reason);

    public void DeadLettered(string reason) => Count(_deadLetters, MetricNames.ReasonTag, reason);

    public void Level(SensitivityLevel level) =>
        Count(_levels, MetricNames.LevelTag, (uint)level < (uint)LevelNames.Length ? LevelNames[(int)level] : "unknown");

    public void Category(string category) => Count(_categories, MetricNames.CategoryTag, category);

    /// <summary>Wall time spent on one event (e.g. <c>Stopwatch.GetElapsedTime(start)</c>).</summary>
    public void ProcessingTime(TimeSpan elapsed)
    {
        if (_processing.Enabled)
        {
            _processing.Record(elapsed.TotalSeconds);
        }
    }

    /// <summary>Keys entering (+n) or leaving (-n) holdback, including keys dropped with a revoked partition.</summary>
    public void HoldbackChanged(int delta)
    {
        if (_holdback.Enabled)
        {
            _holdback.Add(delta);
        }
    }

    public void TransactionCommitTime(TimeSpan elapsed)
    {
        if (_commit.Enabled)
        {
            _commit.Record(elapsed.TotalSeconds);
        }
    }

    public void ConfigReloaded(bool succeeded) => Count(_reloads, MetricNames.ResultTag, succeeded ? "success" : "failure");

    /// <summary>A sealed record opened only with a previous quarantine key; <paramref name="record"/> is a constant kind (<c>changelog</c>).</summary>
    public void PreviousKeyOpened(string record) => Count(_previousKeyOpens, MetricNames.RecordTag, record);

    /// <summary>
    /// Feed librdkafka's statistics JSON (the consumer's statistics handler) to the consumer lag gauge.
    /// Returns false, keeping the previous values, when the payload cannot be read.
    /// One consumer per instance: a second consumer's statistics would replace the first one's.
    /// </summary>
    public bool KafkaStatistics(string statisticsJson)
    {
        ArgumentNullException.ThrowIfNull(statisticsJson);
        return _lag.Update(statisticsJson);
    }

    /// <summary>Partitions the consumer lag gauge reports (from the latest readable statistics).</summary>
    public int ConsumerLagPartitions => _lag.Partitions;

    public void Dispose()
    {
        if (_ownsMeter)
        {
            Meter.Dispose();
        }
    }

    private static void Count(Counter<long> counter, string tag, string value)
    {
        if (counter.Enabled)
        {
            counter.Add(1, new KeyValuePair<string, object?>(tag, value));
        }
    }
}
