namespace StreamFilter.Core.Metrics;

/// <summary>
/// Instrument names and units. Names follow the OpenTelemetry style (dots, unit in <c>unit</c>, no
/// <c>_total</c>); the Prometheus exporter turns them into Prometheus names the same way the
/// OpenTelemetry Prometheus exporter does, e.g. <c>streamfilter.events.in</c> becomes
/// <c>streamfilter_events_in_total</c> and <c>streamfilter.processing.duration</c> (unit <c>s</c>)
/// becomes <c>streamfilter_processing_duration_seconds</c>.
/// </summary>
public static class MetricNames
{
    public const string MeterName = "StreamFilter";

    public const string EventsIn = "streamfilter.events.in";
    public const string EventsOut = "streamfilter.events.out";
    public const string Redactions = "streamfilter.redactions";
    public const string EventsDropped = "streamfilter.events.dropped";
    public const string DeadLetters = "streamfilter.dead_letters";
    public const string EventLevels = "streamfilter.event.levels";
    public const string EventCategories = "streamfilter.event.categories";
    public const string ProcessingDuration = "streamfilter.processing.duration";
    public const string HoldbackKeys = "streamfilter.holdback.keys";
    public const string ConsumerLag = "streamfilter.consumer.lag";
    public const string TransactionCommitDuration = "streamfilter.transaction.commit.duration";
    public const string ConfigReloads = "streamfilter.config.reloads";
    public const string PreviousKeyOpens = "streamfilter.previous_key.opens";

    // Label (tag) names: bounded value sets only. Never an id, a user or any content.
    public const string TypeTag = "type";
    public const string EntityTypeTag = "entity_type";
    public const string ReasonTag = "reason";
    public const string LevelTag = "level";
    public const string CategoryTag = "category";
    public const string ResultTag = "result";
    public const string RecordTag = "record";
    public const string TopicTag = "topic";
    public const string PartitionTag = "partition";
}
