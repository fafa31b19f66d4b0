namespace StreamFilter.Kafka.Stage;

/// <summary>What the stage has done so far; read and awaited from any thread (metrics, tests, the demo).</summary>
public sealed class StageCounters
{
    // A plain object: Monitor.Wait/PulseAll need monitor locking, which System.Threading.Lock does not offer.
    private readonly object gate = new();
    private long committedTransactions;
    private long abortedTransactions;
    private long committedRecords;

    public long CommittedTransactions
    {
        get
        {
            lock (gate)
            {
                return committedTransactions;
            }
        }
    }

    public long AbortedTransactions
    {
        get
        {
            lock (gate)
            {
                return abortedTransactions;
            }
        }
    }

    /// <summary>Input records whose offsets were committed (each processed exactly once into the output).</summary>
    public long CommittedRecords
    {
        get
        {
            lock (gate)
            {
                return committedRecords;
            }
        }
    }

    /// <summary>Blocks until at least <paramref name="records"/> input records are committed; false on timeout.</summary>
    public bool WaitForCommittedRecords(long records, TimeSpan timeout) => WaitUntil(() => committedRecords >= records, timeout);

    /// <summary>Blocks until at least <paramref name="transactions"/> transactions are committed; false on timeout.</summary>
    public bool WaitForCommittedTransactions(long transactions, TimeSpan timeout) => WaitUntil(() => committedTransactions >= transactions, timeout);

    /// <summary>Waits on the gate, which every commit pulses, until <paramref name="reached"/> holds; false on timeout.</summary>
    private bool WaitUntil(Func<bool> reached, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        lock (gate)
        {
            while (!reached())
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    return false;
                }
                Monitor.Wait(gate, left);
            }
            return true;
        }
    }

    internal void Committed(int records)
    {
        lock (gate)
        {
            committedTransactions++;
            committedRecords += records;
            Monitor.PulseAll(gate);
        }
    }

    internal void Aborted()
    {
        lock (gate)
        {
            abortedTransactions++;
            Monitor.PulseAll(gate);
        }
    }
}
