using System.Runtime.Versioning;
using StreamFilter.Core.Security;

namespace StreamFilter.Core.Tests.Security;

/// <summary>These tests set process environment variables, so they never run beside other tests.</summary>
[CollectionDefinition(nameof(EnvironmentCollection), DisableParallelization = true)]
public sealed class EnvironmentCollection;

[Collection(nameof(EnvironmentCollection))]
public sealed class KeyProviderTests : IDisposable
{
    private const string Variable = "STREAMFILTER_HMAC_KEY";
    private readonly string? _saved = Environment.GetEnvironmentVariable(Variable);
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sf-keys-" + Guid.NewGuid().ToString("N"));

    public KeyProviderTests()
    {
        Environment.SetEnvironmentVariable(Variable, null);
        Directory.CreateDirectory(_dir);
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(Variable, _saved);
        Directory.Delete(_dir, recursive: true);
    }

    private static byte[] Bytes(byte b) => Enumerable.Repeat(b, 32).ToArray();

    [Fact]
    public void The_environment_variable_comes_first()
    {
        Environment.SetEnvironmentVariable(Variable, Convert.ToBase64String(Bytes(3)));
        var file = Path.Combine(_dir, "k");
        File.WriteAllText(file, Convert.ToBase64String(Bytes(4)));

        var key = KeyProvider.Load(KeyPurpose.Pseudonym, file, allowGenerate: false);

        Assert.Equal(Bytes(3), key.Key);
        Assert.Equal($"environment variable {Variable}", key.Source);
        Assert.False(key.Generated);
    }

    [Fact]
    public void A_key_file_is_read_when_no_variable_is_set()
    {
        var file = Path.Combine(_dir, "k");
        File.WriteAllText(file, Convert.ToBase64String(Bytes(4)) + "\n");

        var key = KeyProvider.Load(KeyPurpose.Pseudonym, file, allowGenerate: false);

        Assert.Equal(Bytes(4), key.Key);
        Assert.Contains(file, key.Source, StringComparison.Ordinal);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")] // file modes are a Unix notion; the stage runs on Linux
    public void Embedded_mode_creates_a_private_local_key_once_and_reuses_it()
    {
        var first = KeyProvider.Load(KeyPurpose.Pseudonym, null, allowGenerate: true, keyDirectory: _dir);
        var second = KeyProvider.Load(KeyPurpose.Pseudonym, null, allowGenerate: true, keyDirectory: _dir);

        var path = Path.Combine(_dir, "hmac.key");
        Assert.True(first.Generated);
        Assert.Contains(path, first.Source, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(32, first.Key.Length);
        Assert.False(second.Generated);
        Assert.Equal(first.Key, second.Key);
    }

    [Fact]
    public void The_stage_refuses_to_run_without_a_key()
    {
        var e = Assert.Throws<KeyException>(() => KeyProvider.Load(KeyPurpose.Pseudonym, null, allowGenerate: false, keyDirectory: _dir));

        Assert.Contains(Variable, e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "hmac.key")));
    }

    [Theory]
    [InlineData("not*base64*secret-material")]
    [InlineData("c2hvcnQtc2VjcmV0LWtleQ==")] // valid base64, 16 bytes
    public void A_malformed_key_is_refused_without_quoting_it(string bad)
    {
        Environment.SetEnvironmentVariable(Variable, bad);

        var e = Assert.Throws<KeyException>(() => KeyProvider.Load(KeyPurpose.Pseudonym, null, allowGenerate: true, keyDirectory: _dir));

        Assert.Contains(Variable, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(bad, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_missing_key_file_is_named_in_the_error()
    {
        var file = Path.Combine(_dir, "absent.key");

        var e = Assert.Throws<KeyException>(() => KeyProvider.Load(KeyPurpose.DeadLetter, file, allowGenerate: true, keyDirectory: _dir));

        Assert.Contains(file, e.Message, StringComparison.Ordinal);
    }
}
