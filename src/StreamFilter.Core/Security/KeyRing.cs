namespace StreamFilter.Core.Security;

/// <summary>
/// The dead-letter/quarantine key in force and the keys it replaced. Sealing always uses
/// <see cref="Current"/>; opening tries it first, then each of <see cref="Previous"/>, so records written
/// before a rotation still open while they age out (see docs/kafka.md, "Rotating the quarantine key").
/// </summary>
public sealed class KeyRing
{
    public KeyRing(LoadedKey current, IReadOnlyList<LoadedKey> previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        Current = current;
        Previous = previous;
    }

    public LoadedKey Current { get; }

    /// <summary>Older keys, most recent first as configured; they only ever open records.</summary>
    public IReadOnlyList<LoadedKey> Previous { get; }

    /// <summary>A ring of one key and no previous ones (seal-only callers, tests).</summary>
    public static KeyRing Of(byte[] current) => new(new LoadedKey(current, "given in code", false), []);

    /// <summary>Where the key of <paramref name="generation"/> (0 = current, n = the n-th previous key) came from; never the key.</summary>
    public string SourceOf(int generation) => generation == 0 ? Current.Source : Previous[generation - 1].Source;
}
