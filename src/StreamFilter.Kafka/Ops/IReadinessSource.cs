namespace StreamFilter.Kafka.Ops;

/// <summary>Answers /readyz; called on every probe, so it must be cheap and thread-safe.</summary>
public interface IReadinessSource
{
    ReadinessStatus Check();
}
