namespace StreamFilter.Core.Security;

/// <summary>
/// Finds a key in this order: the environment variable (base64 of 32 bytes), the key file named in
/// config, and, for the embedded mode only, a local key file created on first use with 0600
/// permissions so a newcomer can run without setting anything up.
/// </summary>
public static class KeyProvider
{
    public const int KeyBytes = 32;

    public static string EnvironmentVariable(KeyPurpose purpose) => purpose switch
    {
        KeyPurpose.Pseudonym => "STREAMFILTER_HMAC_KEY",
        _ => "STREAMFILTER_DEAD_LETTER_KEY",
    };

    /// <summary>The key in <paramref name="path"/>; <paramref name="missing"/> is the error when there is no such file.</summary>
    /// <exception cref="KeyException">The file is missing or does not hold a key; the message names the source, never the content.</exception>
    internal static byte[] ReadKeyFile(string path, string source, string missing) =>
        File.Exists(path) ? Decode(File.ReadAllText(path), source) : throw new KeyException(missing);

    /// <summary>Where generated keys live: $STREAMFILTER_HOME, else ~/.streamfilter.</summary>
    public static string DefaultKeyDirectory()
    {
        var home = Environment.GetEnvironmentVariable("STREAMFILTER_HOME");
        return string.IsNullOrEmpty(home)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".streamfilter")
            : home;
    }

    /// <summary>
    /// Loads the key for <paramref name="purpose"/>. With <paramref name="allowGenerate"/> false (the
    /// Kafka stage) a missing key is an error: instances of one group must share keys.
    /// </summary>
    /// <exception cref="KeyException">The key is missing or malformed; the message names the source, never the key.</exception>
    public static LoadedKey Load(KeyPurpose purpose, string? keyFile, bool allowGenerate, string? keyDirectory = null)
    {
        var variable = EnvironmentVariable(purpose);
        var fromEnv = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return new LoadedKey(Decode(fromEnv, $"environment variable {variable}"), $"environment variable {variable}", false);
        }
        if (!string.IsNullOrWhiteSpace(keyFile))
        {
            return new LoadedKey(ReadKeyFile(keyFile, $"key file {keyFile}", $"Key file {keyFile} for the {purpose} key does not exist."), $"key file {keyFile}", false);
        }
        if (!allowGenerate)
        {
            throw new KeyException($"No {purpose} key: set {variable} (base64 of 32 random bytes) or name a key file in the config.");
        }
        var path = Path.Combine(keyDirectory ?? DefaultKeyDirectory(), purpose == KeyPurpose.Pseudonym ? "hmac.key" : "dead-letter.key");
        if (File.Exists(path))
        {
            return new LoadedKey(Decode(File.ReadAllText(path), $"key file {path}"), $"local key file {path}", false);
        }
        return new LoadedKey(CreateLocalKey(path), $"local key file {path} (created with 0600 permissions)", true);
    }

    /// <summary>
    /// The dead-letter/quarantine key ring: the current key as <see cref="Load"/> finds it, and the
    /// previous keys (<see cref="PreviousKeyLoader"/>) that still open records sealed before a rotation.
    /// </summary>
    /// <exception cref="KeyException">A key is missing or malformed; the message names the source, never the key.</exception>
    public static KeyRing LoadDeadLetterKeys(string? keyFile, IReadOnlyList<string?>? previousKeyFiles, bool allowGenerate, string? keyDirectory = null) =>
        new(Load(KeyPurpose.DeadLetter, keyFile, allowGenerate, keyDirectory), PreviousKeyLoader.Load(previousKeyFiles));

    private static byte[] CreateLocalKey(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(KeyBytes);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(Convert.ToBase64String(key));
        }
        return key;
    }

    internal static byte[] Decode(string base64, string source)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            throw new KeyException($"The key in {source} is not valid base64.");
        }
        return key.Length == KeyBytes ? key : throw new KeyException($"The key in {source} is {key.Length} bytes; it must be {KeyBytes}.");
    }
}
