using Prometheus;
using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Metrics;

/// <summary>
/// Every metric StreamFilter exports, as prometheus-net counters, histograms and gauges in one
/// <see cref="CollectorRegistry"/> of its own (no process-wide default registry, no meter or event-counter
/// adapters), and the methods the pipeline calls. Safe from any thread.
/// Labelled series are created here at start-up from the fixed sets in <see cref="MetricLabels"/>, so an
/// event-path call is one lookup and one increment of a cached child: no allocation, no per-call
/// <c>WithLabels</c>. Only prometheus-net's base package is needed (no ASP.NET); the ops server serves
/// <see cref="Registry"/> on /metrics.
/// </summary>
public sealed class StreamFilterMetrics
{
    private readonly CounterChildren _eventsIn;
    private readonly CounterChildren _eventsOut;
    private readonly CounterChildren _redactions;
    private readonly CounterChildren _dropped;
    private readonly CounterChildren _deadLetters;
    private readonly Counter.Child[] _levels;
    private readonly CounterChildren _categories;
    private readonly Histogram _processing;
    private readonly Gauge _holdback;
    private readonly Histogram _commit;
    private readonly Counter.Child _reloadSucceeded;
    private readonly Counter.Child _reloadFailed;
    private readonly CounterChildren _previousKeyOpens;
    private readonly ConsumerLagGauge _lag;

    public StreamFilterMetrics()
    {
        Registry = Prometheus.Metrics.NewCustomRegistry();
        var factory = Prometheus.Metrics.WithCustomRegistry(Registry);
        // Exemplars (trace ids of the current Activity) would cost every increment a lookup and are not used.
        factory.ExemplarBehavior = ExemplarBehavior.NoExemplars();

        _eventsIn = Labelled(factory, MetricNames.EventsIn, "Input events read, by event type.", MetricNames.TypeLabel, MetricLabels.EventTypes);
        _eventsOut = Labelled(factory, MetricNames.EventsOut, "Filtered events forwarded to training storage, by event type.", MetricNames.TypeLabel, MetricLabels.EventTypes);
        _redactions = Labelled(
            factory, MetricNames.Redactions, "Values redacted, by entity type.", MetricNames.EntityTypeLabel, MetricLabels.BuiltInEntityTypes, IsEntityTypeName);
        _dropped = Labelled(factory, MetricNames.EventsDropped, "Events dropped by policy, by reason.", MetricNames.ReasonLabel, MetricLabels.ReasonCodes);
        _deadLetters = Labelled(factory, MetricNames.DeadLetters, "Events dead-lettered, by reason.", MetricNames.ReasonLabel, MetricLabels.ReasonCodes);
        var levels = Counter(factory, MetricNames.EventLevels, "Events judged, by sensitivity level (1-4).", MetricNames.LevelLabel);
        _levels = MetricLabels.Levels.Select(level => levels.WithLabels(level)).ToArray();
        _categories = Labelled(factory, MetricNames.EventCategories, "Sensitivity categories assigned to events.", MetricNames.CategoryLabel, MetricLabels.Categories);
        _processing = factory.CreateHistogram(
            MetricNames.ProcessingDuration, "Time to judge one event, from parse to decision.",
            new HistogramConfiguration { Buckets = [.. MetricBuckets.EventProcessing] });
        _holdback = factory.CreateGauge(MetricNames.HoldbackKeys, "Keystrokes held back until their value is decided.");
        _commit = factory.CreateHistogram(
            MetricNames.TransactionCommitDuration, "Time to commit one Kafka transaction.",
            new HistogramConfiguration { Buckets = [.. MetricBuckets.TransactionCommit] });
        var reloads = Counter(factory, MetricNames.ConfigReloads, "Rules file reloads, by result (success, failure).", MetricNames.ResultLabel);
        _reloadSucceeded = reloads.WithLabels(MetricLabels.ReloadResults[0]);
        _reloadFailed = reloads.WithLabels(MetricLabels.ReloadResults[1]);
        _previousKeyOpens = Labelled(
            factory, MetricNames.PreviousKeyOpens,
            "Sealed records opened with a previous quarantine key, by record kind; zero for a whole compaction window means the old key can be retired.",
            MetricNames.RecordLabel, MetricLabels.SealedRecords);
        _lag = new ConsumerLagGauge(factory.CreateGauge(
            MetricNames.ConsumerLag, "Messages between the consumer position and the end of each partition.",
            new GaugeConfiguration { LabelNames = [MetricNames.TopicLabel, MetricNames.PartitionLabel] }));
    }

    /// <summary>Every StreamFilter metric, for the ops server's /metrics (or any prometheus-net exporter).</summary>
    public CollectorRegistry Registry { get; }

    /// <param name="type">One of <see cref="MetricLabels.EventTypes"/>; anything else counts as "other".</param>
    public void EventIn(string type) => _eventsIn.Inc(type);

    public void EventOut(string type) => _eventsOut.Inc(type);

    /// <param name="entityType">A built-in entity type, or one a rules file declares (upper-case letters, digits, '_').</param>
    public void Redaction(string entityType) => _redactions.Inc(entityType);

    /// <param name="reason">A reason code (<see cref="MetricLabels.ReasonCodes"/>); anything else counts as "other".</param>
    public void Dropped(string reason) => _dropped.Inc(reason);

    public void DeadLettered(string reason) => _deadLetters.Inc(reason);

    public void Level(SensitivityLevel level)
    {
        int index = (int)level - 1;
        _levels[(uint)index < 4u ? index : 4].Inc();
    }

    public void Category(string category) => _categories.Inc(category);

    /// <summary>Wall time spent on one event (e.g. <c>Stopwatch.GetElapsedTime(start)</c>).</summary>
    public void ProcessingTime(TimeSpan elapsed) => _processing.Observe(elapsed.TotalSeconds);

    /// <summary>Keys entering (+n) or leaving (-n) holdback, including keys dropped with a revoked partition.</summary>
    public void HoldbackChanged(int delta) => _holdback.Inc(delta);

    public void TransactionCommitTime(TimeSpan elapsed) => _commit.Observe(elapsed.TotalSeconds);

    public void ConfigReloaded(bool succeeded) => (succeeded ? _reloadSucceeded : _reloadFailed).Inc();

    /// <summary>A sealed record opened only with a previous quarantine key; <paramref name="record"/> is a constant kind (<c>changelog</c>).</summary>
    public void PreviousKeyOpened(string record) => _previousKeyOpens.Inc(record);

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

    private static Counter Counter(MetricFactory factory, string name, string help, string label) =>
        factory.CreateCounter(name, help, new CounterConfiguration { LabelNames = [label] });

    private static CounterChildren Labelled(
        MetricFactory factory, string name, string help, string label, IEnumerable<string> values, Func<string, bool>? lateValueShape = null) =>
        new(Counter(factory, name, help, label), values, lateValueShape);

    /// <summary>The shape the rules parser requires of a declared entity type (EMPLOYEE_ID): no input text has it by accident of an API.</summary>
    private static bool IsEntityTypeName(string value)
    {
        if (value.Length is 0 or > 64 || !char.IsAsciiLetterUpper(value[0]))
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
