namespace StreamFilter.Kafka.Ops;

/// <summary>
/// The Kafka stage's readiness: it is ready only when it has partitions assigned, has restored their
/// keystroke state from the changelog, and its transactional producer is initialised. The stage flips
/// each flag as it happens (a rebalance clears <see cref="SetAssigned"/> and <see cref="SetStateRestored"/>
/// until the new assignment is restored); probes read them from any thread.
/// </summary>
public sealed class StageReadiness : IReadinessSource
{
    private volatile bool _assigned;
    private volatile bool _stateRestored;
    private volatile bool _producing;

    /// <summary>For the embedded file mode, which has no partitions or producer to wait for.</summary>
    public static StageReadiness AlwaysReady()
    {
        var readiness = new StageReadiness();
        readiness.SetAssigned(true);
        readiness.SetStateRestored(true);
        readiness.SetProducing(true);
        return readiness;
    }

    public void SetAssigned(bool assigned) => _assigned = assigned;

    public void SetStateRestored(bool restored) => _stateRestored = restored;

    public void SetProducing(bool producing) => _producing = producing;

    public ReadinessStatus Check() =>
        !_assigned ? ReadinessStatus.NotReady("no partitions assigned")
        : !_stateRestored ? ReadinessStatus.NotReady("state not restored")
        : !_producing ? ReadinessStatus.NotReady("producer not ready")
        : ReadinessStatus.Ready;
}
