namespace StreamFilter.Core.Metrics;

/// <summary>
/// The Prometheus names of everything StreamFilter exports, as they appear on /metrics and in the
/// Grafana dashboard (docker/grafana-dashboard.json): counters end in <c>_total</c>, durations in
/// <c>_seconds</c>. Changing one breaks dashboards and alerts.
/// </summary>
public static class MetricNames
{
    public const string EventsIn = "streamfilter_events_in_total";
    public const string EventsOut = "streamfilter_events_out_total";
    public const string Redactions = "streamfilter_redactions_total";
    public const string EventsDropped = "streamfilter_events_dropped_total";
    public const string DeadLetters = "streamfilter_dead_letters_total";
    public const string EventLevels = "streamfilter_event_levels_total";
    public const string EventCategories = "streamfilter_event_categories_total";
    public const string ProcessingDuration = "streamfilter_processing_duration_seconds";
    public const string HoldbackKeys = "streamfilter_holdback_keys";
    public const string ConsumerLag = "streamfilter_consumer_lag";
    public const string TransactionCommitDuration = "streamfilter_transaction_commit_duration_seconds";
    public const string ConfigReloads = "streamfilter_config_reloads_total";
    public const string PreviousKeyOpens = "streamfilter_previous_key_opens_total";

    // Label names: bounded value sets only (MetricLabels). Never an id, a user or any content.
    public const string TypeLabel = "type";
    public const string EntityTypeLabel = "entity_type";
    public const string ReasonLabel = "reason";
    public const string LevelLabel = "level";
    public const string CategoryLabel = "category";
    public const string ResultLabel = "result";
    public const string RecordLabel = "record";
    public const string TopicLabel = "topic";
    public const string PartitionLabel = "partition";
}
