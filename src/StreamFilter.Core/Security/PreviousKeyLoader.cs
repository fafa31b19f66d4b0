namespace StreamFilter.Core.Security;

/// <summary>
/// Loads the previous dead-letter/quarantine keys: the entries of env
/// <see cref="EnvironmentVariable"/> (comma-separated base64 keys), then the key files named in config.
/// Both are used when both are set. Entries are trimmed and empty entries (a trailing comma, ",,") are
/// skipped: a missing previous key costs nothing until a record needs it, and then that record says so.
/// A malformed entry or file is refused, naming its source, never its content.
/// </summary>
public static class PreviousKeyLoader
{
    public const string EnvironmentVariable = "STREAMFILTER_DEAD_LETTER_KEY_PREVIOUS";

    /// <exception cref="KeyException">An entry or file is not base64 of 32 bytes, or a file is missing.</exception>
    public static IReadOnlyList<LoadedKey> Load(IReadOnlyList<string?>? keyFiles) =>
        Load(Environment.GetEnvironmentVariable(EnvironmentVariable), keyFiles);

    /// <summary><see cref="Load(IReadOnlyList{string})"/> with the variable's value given (tests do not touch the process environment).</summary>
    internal static IReadOnlyList<LoadedKey> Load(string? environmentValue, IReadOnlyList<string?>? keyFiles)
    {
        var keys = new List<LoadedKey>();
        if (!string.IsNullOrWhiteSpace(environmentValue))
        {
            var entries = environmentValue.Split(',');
            for (var i = 0; i < entries.Length; i++)
            {
                if (string.IsNullOrWhiteSpace(entries[i]))
                {
                    continue;
                }
                // Entries are numbered as written (empty ones included) so the message points at the right one.
                var source = $"environment variable {EnvironmentVariable} (entry {i + 1})";
                keys.Add(new LoadedKey(KeyProvider.Decode(entries[i], source), source, false));
            }
        }
        foreach (var file in keyFiles ?? [])
        {
            if (string.IsNullOrWhiteSpace(file))
            {
                throw new KeyException("A previous key file entry is empty: name a key file.");
            }
            var source = $"previous key file {file}";
            keys.Add(new LoadedKey(KeyProvider.ReadKeyFile(file, source, $"The {source} does not exist."), source, false));
        }
        return keys;
    }
}
