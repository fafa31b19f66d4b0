namespace StreamFilter.Kafka.Tests.Support;

/// <summary>
/// Timestamps (in milliseconds) that move only when the test moves them: by <see cref="Advance"/>, or
/// from a script of what the n-th read returns. Counts its reads.
/// </summary>
internal sealed class SteppingClock(Func<int, long>? script = null) : TimeProvider
{
    private long now;

    public int Reads { get; private set; }

    public override long TimestampFrequency => 1000;

    public override long GetTimestamp()
    {
        var read = Reads++;
        return script?.Invoke(read) ?? now;
    }

    public void Advance(int milliseconds) => now += milliseconds;
}
