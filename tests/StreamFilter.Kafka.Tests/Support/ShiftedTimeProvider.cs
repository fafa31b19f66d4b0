namespace StreamFilter.Kafka.Tests.Support;

/// <summary>
/// The system clock with a wall-clock offset the test can move forward: the stage's idle flush reads
/// <see cref="GetUtcNow"/>, while its batch timing (timestamps) stays real.
/// </summary>
internal sealed class ShiftedTimeProvider : TimeProvider
{
    private long offsetTicks;

    public void Shift(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));
}
