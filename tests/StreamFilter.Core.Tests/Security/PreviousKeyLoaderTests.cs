using StreamFilter.Core.Security;

namespace StreamFilter.Core.Tests.Security;

/// <summary>Previous quarantine keys from STREAMFILTER_DEAD_LETTER_KEY_PREVIOUS (value given) and key files.</summary>
public sealed class PreviousKeyLoaderTests : IDisposable
{
    private const string Variable = "STREAMFILTER_DEAD_LETTER_KEY_PREVIOUS";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sf-prev-" + Guid.NewGuid().ToString("N"));

    public PreviousKeyLoaderTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static byte[] Bytes(byte b) => Enumerable.Repeat(b, 32).ToArray();

    private static string B64(byte b) => Convert.ToBase64String(Bytes(b));

    [Fact]
    public void Comma_separated_entries_are_trimmed_and_kept_in_order()
    {
        var keys = PreviousKeyLoader.Load($"  {B64(1)} ,\t{B64(2)}\n", null);

        Assert.Equal([Bytes(1), Bytes(2)], keys.Select(k => k.Key));
        Assert.Equal($"environment variable {Variable} (entry 2)", keys[1].Source);
    }

    [Fact]
    public void Empty_entries_are_skipped_and_later_entries_keep_their_written_number()
    {
        var keys = PreviousKeyLoader.Load($",{B64(1)},, ,{B64(2)},", null);

        Assert.Equal([Bytes(1), Bytes(2)], keys.Select(k => k.Key));
        Assert.EndsWith("(entry 2)", keys[0].Source, StringComparison.Ordinal);
        Assert.EndsWith("(entry 5)", keys[1].Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" , ,")]
    public void An_unset_blank_or_comma_only_variable_means_no_previous_keys(string? value)
    {
        Assert.Empty(PreviousKeyLoader.Load(value, null));
    }

    [Fact]
    public void A_malformed_entry_is_refused_naming_the_variable_and_entry_but_not_its_content()
    {
        var e = Assert.Throws<KeyException>(() => PreviousKeyLoader.Load($"{B64(1)},not*base64secret", null));

        Assert.Contains(Variable, e.Message, StringComparison.Ordinal);
        Assert.Contains("entry 2", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_entry_is_refused_with_its_length_and_without_its_bytes()
    {
        var shortKey = Convert.ToBase64String(new byte[16]);

        var e = Assert.Throws<KeyException>(() => PreviousKeyLoader.Load(shortKey, null));

        Assert.Contains("16 bytes", e.Message, StringComparison.Ordinal);
        Assert.Contains("entry 1", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(shortKey, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_files_follow_the_variable_s_entries()
    {
        var file = Path.Combine(_dir, "old.key");
        File.WriteAllText(file, B64(3) + "\n");

        var keys = PreviousKeyLoader.Load(B64(1), [file]);

        Assert.Equal([Bytes(1), Bytes(3)], keys.Select(k => k.Key));
        Assert.Equal($"previous key file {file}", keys[1].Source);
    }

    [Fact]
    public void A_malformed_key_file_is_refused_naming_the_file_but_not_its_content()
    {
        var file = Path.Combine(_dir, "bad.key");
        File.WriteAllText(file, "c2VjcmV0IGJ1dCBzaG9ydA==");

        var e = Assert.Throws<KeyException>(() => PreviousKeyLoader.Load(null, [file]));

        Assert.Contains(file, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_key_file_or_an_empty_file_name_is_refused()
    {
        var missing = Path.Combine(_dir, "missing.key");

        var e = Assert.Throws<KeyException>(() => PreviousKeyLoader.Load(null, [missing]));
        Assert.Contains(missing, e.Message, StringComparison.Ordinal);
        Assert.Throws<KeyException>(() => PreviousKeyLoader.Load(null, [" "]));
    }
}

/// <summary>The public loader reads the real variables; these tests set them, so they run alone.</summary>
[Collection(nameof(EnvironmentCollection))]
public sealed class DeadLetterKeyRingEnvironmentTests : IDisposable
{
    private const string Current = "STREAMFILTER_DEAD_LETTER_KEY";
    private const string Previous = "STREAMFILTER_DEAD_LETTER_KEY_PREVIOUS";
    private readonly string? _savedCurrent = Environment.GetEnvironmentVariable(Current);
    private readonly string? _savedPrevious = Environment.GetEnvironmentVariable(Previous);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(Current, _savedCurrent);
        Environment.SetEnvironmentVariable(Previous, _savedPrevious);
    }

    [Fact]
    public void The_ring_is_the_current_key_and_the_previous_keys_from_the_environment()
    {
        var current = Enumerable.Repeat((byte)9, 32).ToArray();
        var previous = Enumerable.Repeat((byte)8, 32).ToArray();
        Environment.SetEnvironmentVariable(Current, Convert.ToBase64String(current));
        Environment.SetEnvironmentVariable(Previous, Convert.ToBase64String(previous) + ",");

        var ring = KeyProvider.LoadDeadLetterKeys(null, null, allowGenerate: false);

        Assert.Equal(current, ring.Current.Key);
        Assert.Equal(previous, Assert.Single(ring.Previous).Key);
        Assert.Contains(Previous, ring.SourceOf(1), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_previous_key_stops_loading_the_ring()
    {
        Environment.SetEnvironmentVariable(Current, Convert.ToBase64String(new byte[32]));
        Environment.SetEnvironmentVariable(Previous, "%%%");

        var e = Assert.Throws<KeyException>(() => KeyProvider.LoadDeadLetterKeys(null, null, allowGenerate: false));
        Assert.Contains(Previous, e.Message, StringComparison.Ordinal);
    }
}
