using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StreamFilter.Core.Redaction;

namespace StreamFilter.Core.Rules;

/// <summary>
/// Keeps a <see cref="RuleSetHolder"/> in step with its rules file: on a change notification
/// (debounced) or a periodic hash check, the file is read and fully validated; only a valid file is
/// swapped in, atomically. A broken file is logged with its file/line errors and the old rules stay in
/// force. Every attempt that saw new content raises <see cref="Reloaded"/> (for metrics and tests).
/// </summary>
public sealed partial class RulesReloader : IDisposable
{
    private const string MissingFile = "(missing)";

    private readonly string _path;
    private readonly RuleSetHolder _holder;
    private readonly Pseudonymizer _pseudonymizer;
    private readonly ILogger _logger;
    private readonly RulesReloaderOptions _options;
    private readonly Lock _gate = new();
    private readonly Timer _debounce;
    private readonly Timer _poll;
    private FileSystemWatcher? _watcher;
    private string? _lastSeenHash;
    private bool _disposed;

    public RulesReloader(string path, RuleSetHolder holder, Pseudonymizer pseudonymizer, ILogger<RulesReloader>? logger = null, RulesReloaderOptions? options = null)
    {
        _path = Path.GetFullPath(path);
        _holder = holder;
        _pseudonymizer = pseudonymizer;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _options = options ?? new RulesReloaderOptions();
        // The version of rules loaded from a file ends in its content hash: if the file still has
        // that content, the first check finds nothing to do.
        var version = holder.Current.Version;
        _lastSeenHash = version.Contains('+', StringComparison.Ordinal) ? version[(version.LastIndexOf('+') + 1)..] : null;
        _debounce = new Timer(_ => CheckSafely(), null, Timeout.Infinite, Timeout.Infinite);
        _poll = new Timer(_ => CheckSafely(), null, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>Raised after each attempt that read new content (applied or rejected), on the checking thread.</summary>
    public event Action<RulesReloadResult>? Reloaded;

    /// <summary>Starts watching, and checks once at once (the file may have changed since it was loaded).</summary>
    public void Start()
    {
        if (_options.WatchFileSystem)
        {
            _watcher = new FileSystemWatcher(Path.GetDirectoryName(_path)!, Path.GetFileName(_path))
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            _watcher.Changed += OnFileEvent;
            _watcher.Created += OnFileEvent;
            _watcher.Renamed += OnFileEvent;
            _watcher.Deleted += OnFileEvent;
            _watcher.Error += (_, e) => LogWatcherError(_logger, _path, e.GetException().GetType().Name);
            _watcher.EnableRaisingEvents = true;
        }
        _poll.Change(_options.PollInterval, _options.PollInterval);
        CheckSafely();
    }

    /// <summary>Reads and, if its content changed, validates and applies the file now.</summary>
    public RulesReloadResult CheckNow()
    {
        RulesReloadResult result;
        lock (_gate)
        {
            if (_disposed)
            {
                return new RulesReloadResult(RulesReloadOutcome.Unchanged, _holder.Current.Version, []);
            }
            result = Check();
            if (result.Outcome != RulesReloadOutcome.Unchanged)
            {
                // Raised under the lock so subscribers see results in the order they happened.
                Reloaded?.Invoke(result);
            }
        }
        return result;
    }

    private RulesReloadResult Check()
    {
        string text;
        try
        {
            text = File.ReadAllText(_path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (_lastSeenHash == MissingFile)
            {
                return new RulesReloadResult(RulesReloadOutcome.Unchanged, _holder.Current.Version, []);
            }
            _lastSeenHash = MissingFile;
            return Reject([new RulesError(_path, 0, "", $"cannot read the rules file: {e.GetType().Name}")]);
        }
        var hash = RulesLoader.ContentHash(text);
        if (hash == _lastSeenHash)
        {
            return new RulesReloadResult(RulesReloadOutcome.Unchanged, _holder.Current.Version, []);
        }
        // Remember the content even when it is rejected, so a broken file is reported once, not at every poll.
        _lastSeenHash = hash;
        try
        {
            var next = RulesLoader.ParseFile(text, _path, _pseudonymizer);
            var previous = _holder.Swap(next);
            LogApplied(_logger, _path, next.Version, previous.Version);
            return new RulesReloadResult(RulesReloadOutcome.Applied, next.Version, []);
        }
        catch (RulesException e)
        {
            return Reject(e.Errors);
        }
    }

    private RulesReloadResult Reject(IReadOnlyList<RulesError> errors)
    {
        var kept = _holder.Current.Version;
        LogRejected(_logger, _path, errors.Count, kept);
        foreach (var error in errors)
        {
            LogRulesError(_logger, error.ToString());
        }
        return new RulesReloadResult(RulesReloadOutcome.Rejected, kept, errors);
    }

    private void OnFileEvent(object sender, FileSystemEventArgs e) => _debounce.Change(_options.Debounce, Timeout.InfiniteTimeSpan);

    /// <summary>Timer callbacks must never throw: an exception there would end the process.</summary>
    private void CheckSafely()
    {
        try
        {
            CheckNow();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogCheckFailed(_logger, _path, e.GetType().Name);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
        }
        _watcher?.Dispose();
        _debounce.Dispose();
        _poll.Dispose();
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Rules reloaded from {Path}: version {Version} now in force (was {PreviousVersion})")]
    private static partial void LogApplied(ILogger logger, string path, string version, string previousVersion);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Rules file {Path} refused with {ErrorCount} error(s); version {Version} stays in force")]
    private static partial void LogRejected(ILogger logger, string path, int errorCount, string version);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Rules error: {Error}")]
    private static partial void LogRulesError(ILogger logger, string error);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Watching {Path} failed ({Reason}); the periodic check continues")]
    private static partial void LogWatcherError(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "Checking rules file {Path} failed ({Reason}); the current rules stay in force")]
    private static partial void LogCheckFailed(ILogger logger, string path, string reason);
}
