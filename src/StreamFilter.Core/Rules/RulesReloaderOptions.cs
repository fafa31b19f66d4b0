namespace StreamFilter.Core.Rules;

/// <summary>Timing of <see cref="RulesReloader"/>.</summary>
public sealed record RulesReloaderOptions
{
    /// <summary>Quiet time after the last change notification before the file is read: editors and
    /// config-map updates write in several steps.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often the file's hash is checked anyway, for file systems and symlink swaps
    /// (Kubernetes config maps) that raise no change notification.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Use change notifications; off, only the periodic check runs.</summary>
    public bool WatchFileSystem { get; init; } = true;
}
