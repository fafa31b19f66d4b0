using Microsoft.Extensions.Logging;
using StreamFilter.Core.Metrics;

namespace StreamFilter.Core.Security;

/// <summary>
/// Tells operators whether a previous quarantine key is still needed: every record opened with one is
/// counted (<c>streamfilter_previous_key_opens_total</c>), and the first such record of each scope (a
/// changelog partition) is logged at Information with the key's source, so a retired key's last users
/// are visible without a log line per record. Never logs a key or a record. Safe from any thread.
/// </summary>
public sealed partial class PreviousKeyUse
{
    /// <summary>The record kind label of keystroke state restored from the changelog.</summary>
    public const string ChangelogRecord = "changelog";

    private readonly KeyRing keys;
    private readonly ILogger logger;
    private readonly StreamFilterMetrics? metrics;
    private readonly HashSet<string> announced = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public PreviousKeyUse(KeyRing keys, ILogger logger, StreamFilterMetrics? metrics)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(logger);
        this.keys = keys;
        this.logger = logger;
        this.metrics = metrics;
    }

    /// <summary>A record of <paramref name="scope"/> opened with key <paramref name="generation"/> (0 = current: nothing to report).</summary>
    /// <param name="record">A constant kind such as <see cref="ChangelogRecord"/>: it becomes a metric label.</param>
    /// <param name="scope">Where the record was read, e.g. "input[2]"; logged, never a label.</param>
    public void Opened(string record, string scope, int generation)
    {
        if (generation == 0)
        {
            return;
        }
        metrics?.PreviousKeyOpened(record);
        lock (gate)
        {
            if (!announced.Add(scope))
            {
                return;
            }
        }
        LogPreviousKeyUsed(record, scope, keys.SourceOf(generation));
    }

    [LoggerMessage(EventId = 30, Level = LogLevel.Information,
        Message = "A {Record} record of {Scope} opened with a previous quarantine key ({KeySource}); keep that key until streamfilter_previous_key_opens_total stays flat for a whole compaction window (logged once per partition)")]
    private partial void LogPreviousKeyUsed(string record, string scope, string keySource);
}
