using System.Globalization;
using StreamFilter.Cli.Ndjson;
using StreamFilter.Core.DeadLetters;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;
using StreamFilter.Core.Security;

namespace StreamFilter.Cli.Filtering;

/// <summary>
/// One run of <c>streamfilter filter</c>: checks arguments, keys and rules (exit 2 before anything is
/// written), then streams the input through one <see cref="EventProcessor"/> (exit 1 on an I/O failure).
/// Malformed events do not fail the run: they are dead-lettered and counted.
/// </summary>
internal static class FilterRunner
{
    private const int FileBuffer = 1 << 20;

    public static async Task<int> RunAsync(FilterOptions options, TextWriter error, CancellationToken cancellationToken)
    {
        if (CheckPaths(options) is { } problem)
        {
            await error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        RuleSet rules;
        byte[] deadLetterKey;
        try
        {
            var hmac = LoadKey(KeyPurpose.Pseudonym, options.HmacKeyFile, error);
            deadLetterKey = LoadKey(KeyPurpose.DeadLetter, options.DeadLetterKeyFile, error);
            rules = RuleSetLoading.Load(options.RulesPath, new Pseudonymizer(hmac), error);
        }
        catch (Exception e) when (e is KeyException or FileNotFoundException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        try
        {
            await using var files = OutputFiles.Open(options, deadLetterKey, FileBuffer);
            await using var input = options.Input == FilterOptions.Std ? Console.OpenStandardInput() : OpenRead(options.Input);
            return await FilterAsync(options, rules, files, input, error, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: filtering stopped: {e.Message}").ConfigureAwait(false);
            return ExitCodes.RuntimeFailure;
        }
    }

    private static async Task<int> FilterAsync(FilterOptions options, RuleSet rules, OutputFiles files, Stream input, TextWriter error, CancellationToken cancellationToken)
    {
        using var processor = new EventProcessor(rules);
        using var sink = files.CreateSink();
        var reader = new NdjsonReader(rules.Limits.MaxEventBytes);
        var progress = new ProgressReporter(error, !Console.IsErrorRedirected);
        var source = options.Input == FilterOptions.Std ? "stdin" : Path.GetFileName(options.Input);
        var handler = new FilterLineHandler(processor, sink, source, rules.Limits.MaxEventBytes, progress, () => reader.BytesRead);
        await reader.ReadAsync(input, handler, cancellationToken).ConfigureAwait(false);
        processor.Complete(sink);
        await files.FlushAsync(cancellationToken).ConfigureAwait(false);
        progress.Clear();
        await error.WriteLineAsync(Summary(sink.Counts, reader, progress.Elapsed, options, files)).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static string? CheckPaths(FilterOptions o)
    {
        if (o.Input != FilterOptions.Std && !File.Exists(o.Input))
        {
            return $"input file {o.Input} does not exist.";
        }
        if (o.Audit == FilterOptions.Std)
        {
            return "--audit must be a file (stdout is reserved for --output -).";
        }
        string[] written = [o.Output, o.Audit, o.DeadLetterPath, o.QuarantinePath];
        var full = written.Where(p => p != FilterOptions.Std).Select(Path.GetFullPath).ToList();
        if (full.Distinct(StringComparer.Ordinal).Count() != full.Count)
        {
            return "--output, --audit, --dead-letter and --quarantine must be different files.";
        }
        if (o.Input != FilterOptions.Std && full.Contains(Path.GetFullPath(o.Input), StringComparer.Ordinal))
        {
            return "an output file cannot be the input file.";
        }
        return null;
    }

    private static byte[] LoadKey(KeyPurpose purpose, string? keyFile, TextWriter error)
    {
        var key = KeyProvider.Load(purpose, keyFile, allowGenerate: true);
        if (key.Generated)
        {
            error.WriteLine(purpose == KeyPurpose.Pseudonym
                ? $"note: no pseudonym (HMAC) key was configured; created {key.Source}. Keep it: pseudonyms stay stable across runs only with the same key."
                : $"note: no dead-letter key was configured; created {key.Source}. Keep it: dead letters cannot be decrypted without it.");
        }
        return key.Key;
    }

    private static FileStream OpenRead(string path) =>
        new(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, BufferSize = 0, Options = FileOptions.SequentialScan });

    private static string Summary(FilterCounts c, NdjsonReader reader, TimeSpan elapsed, FilterOptions o, OutputFiles files)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"filter: {ProgressReporter.Line(c, reader.BytesRead, elapsed)} in {elapsed.TotalSeconds:F2} s; "
            + $"pass {c.Passed}, redact {c.Redacted}, drop {c.Dropped}, dead_letter {c.DeadLettered}, quarantined {c.Quarantined}");
        if (reader.BlankLines > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"; {reader.BlankLines} blank lines skipped");
        }
        if (c.DeadLettered > 0)
        {
            text += $"\nfilter: dead letters (encrypted) in {o.DeadLetterPath}; see `streamfilter dead-letters list`";
        }
        if (c.Quarantined > 0)
        {
            text += $"\nfilter: quarantined events (encrypted) in {o.QuarantinePath}";
        }
        return text + (files.OutputIsStdout ? "" : $"\nfilter: output {o.Output}, audit {o.Audit}");
    }
}
