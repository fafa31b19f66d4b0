using System.Text;

namespace StreamFilter.Cli.Tests.Filtering;

/// <summary>`streamfilter dead-letters decrypt` after the dead-letter key was rotated.</summary>
public sealed class DeadLettersKeyRotationTests : IDisposable
{
    private const string BadLine = "{\"type\":\"transcript\",\"event_id\":\"d1\",\"text\":\"my ssn 536-22-4871\"";
    private static readonly byte[] NewKey = Enumerable.Range(100, 32).Select(i => (byte)i).ToArray();

    private readonly CliProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>A dead-letter file sealed with <see cref="CliProcess.DeadLetterKey"/>, the key before the rotation.</summary>
    private async Task<string> DeadLettersSealedWithTheOldKey()
    {
        var input = _cli.PathOf("in.ndjson");
        await File.WriteAllTextAsync(input, BadLine + "\n");
        var run = await _cli.RunAsync(["filter", "--input", input, "--output", _cli.PathOf("out.ndjson"), "--audit", _cli.PathOf("audit.ndjson")]);
        Assert.Equal(0, run.ExitCode);
        return _cli.PathOf("out.dead-letters.ndjson");
    }

    private static Dictionary<string, string> Keys(string? previous) => previous is null
        ? new() { ["STREAMFILTER_DEAD_LETTER_KEY"] = Convert.ToBase64String(NewKey) }
        : new() { ["STREAMFILTER_DEAD_LETTER_KEY"] = Convert.ToBase64String(NewKey), ["STREAMFILTER_DEAD_LETTER_KEY_PREVIOUS"] = previous };

    [Fact]
    public async Task An_old_key_record_opens_with_the_old_key_given_as_a_previous_key_file()
    {
        var file = await DeadLettersSealedWithTheOldKey();
        var oldKeyFile = _cli.PathOf("old.key");
        await File.WriteAllTextAsync(oldKeyFile, Convert.ToBase64String(CliProcess.DeadLetterKey));

        var withoutPrevious = await _cli.RunAsync(["dead-letters", "decrypt", file], keysFromEnvironment: false, environment: Keys(null));
        var withPrevious = await _cli.RunAsync(["dead-letters", "decrypt", file, "--previous-key-file", oldKeyFile], keysFromEnvironment: false, environment: Keys(null));

        Assert.Equal(1, withoutPrevious.ExitCode);
        Assert.Contains("record 1", withoutPrevious.StdErr, StringComparison.Ordinal);
        Assert.Equal(0, withPrevious.ExitCode);
        Assert.Equal(BadLine + "\n", Encoding.UTF8.GetString(withPrevious.StdOutBytes));
        Assert.Contains($"1 record(s) opened with the previous key from previous key file {oldKeyFile}", withPrevious.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_old_key_record_opens_with_the_old_key_in_the_previous_key_variable_among_empty_entries()
    {
        var file = await DeadLettersSealedWithTheOldKey();

        var run = await _cli.RunAsync(["dead-letters", "decrypt", file], keysFromEnvironment: false,
            environment: Keys($" , {Convert.ToBase64String(new byte[32])} ,{Convert.ToBase64String(CliProcess.DeadLetterKey)},"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(BadLine + "\n", Encoding.UTF8.GetString(run.StdOutBytes));
        Assert.Contains("STREAMFILTER_DEAD_LETTER_KEY_PREVIOUS (entry 3)", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_previous_key_is_refused_with_exit_2_naming_the_source_not_the_value()
    {
        var file = await DeadLettersSealedWithTheOldKey();

        var run = await _cli.RunAsync(["dead-letters", "decrypt", file], keysFromEnvironment: false, environment: Keys("bm90LWEta2V5"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("STREAMFILTER_DEAD_LETTER_KEY_PREVIOUS (entry 1)", run.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("bm90LWEta2V5", run.StdErr, StringComparison.Ordinal);
        Assert.Empty(run.StdOutBytes);
    }
}
