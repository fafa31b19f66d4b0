using StreamFilter.Core.DeadLetters;

namespace StreamFilter.Cli.Filtering;

/// <summary>The streams a filter run writes, opened together and flushed and closed together.</summary>
internal sealed class OutputFiles : IAsyncDisposable
{
    private readonly Stream _output;
    private readonly Stream _audit;
    private readonly Stream _deadLetterStream;
    private readonly Stream _quarantineStream;
    private readonly DeadLetterFileWriter _deadLetters;
    private readonly DeadLetterFileWriter _quarantine;

    private OutputFiles(Stream output, Stream audit, Stream deadLetters, Stream quarantine, byte[] key, bool outputIsStdout)
    {
        _output = output;
        _audit = audit;
        _deadLetterStream = deadLetters;
        _quarantineStream = quarantine;
        _deadLetters = new DeadLetterFileWriter(deadLetters, key);
        _quarantine = new DeadLetterFileWriter(quarantine, key);
        OutputIsStdout = outputIsStdout;
    }

    public bool OutputIsStdout { get; }

    public static OutputFiles Open(FilterOptions options, byte[] deadLetterKey, int bufferSize)
    {
        var stdout = options.Output == FilterOptions.Std;
        Stream output = stdout ? new BufferedStream(Console.OpenStandardOutput(), bufferSize) : Create(options.Output, bufferSize);
        return new OutputFiles(output, Create(options.Audit, bufferSize), Create(options.DeadLetterPath, 4096),
            Create(options.QuarantinePath, 4096), deadLetterKey, stdout);
    }

    public NdjsonFileSink CreateSink() => new(_output, _audit, _deadLetters, _quarantine);

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _audit.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _deadLetterStream.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _quarantineStream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _deadLetters.Dispose();
        _quarantine.Dispose();
        await _output.DisposeAsync().ConfigureAwait(false);
        await _audit.DisposeAsync().ConfigureAwait(false);
        await _deadLetterStream.DisposeAsync().ConfigureAwait(false);
        await _quarantineStream.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Created owner-only (0600), like key files: the audit trail and dead letters are not for everyone.</summary>
    private static FileStream Create(string path, int bufferSize)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, BufferSize = bufferSize };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        return new FileStream(path, options);
    }
}
