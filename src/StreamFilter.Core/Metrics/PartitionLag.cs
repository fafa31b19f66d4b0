namespace StreamFilter.Core.Metrics;

/// <summary>How many messages a consumer is behind the end of one partition.</summary>
public readonly record struct PartitionLag(string Topic, int Partition, long Lag);
