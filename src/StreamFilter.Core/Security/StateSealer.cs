using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace StreamFilter.Core.Security;

/// <summary>
/// AES-256-GCM for state records the stage writes to Kafka (keystroke session snapshots in the
/// changelog topic). A snapshot holds raw held keys, as sensitive as the input itself, and a changelog
/// topic is readable by whoever can read the cluster: it is sealed with the quarantine key before it
/// leaves the process. The record key (the session) is the associated data, so a sealed value cannot
/// be replayed under another session's key.
/// </summary>
/// <remarks>
/// Layout: version byte, 96-bit random nonce, ciphertext, 128-bit tag. No key id: after a rotation,
/// records open by trying the current key, then the previous ones (<see cref="AesGcmKeyRing"/> says why).
/// Not thread-safe (AesGcm instances are not); the stage thread owns its instance.
/// </remarks>
public sealed class StateSealer : IDisposable
{
    private const byte Version = 1;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private const int Overhead = 1 + NonceBytes + TagBytes;

    private readonly AesGcmKeyRing _keys;

    /// <param name="key">32 bytes (the dead-letter and quarantine key).</param>
    public StateSealer(ReadOnlySpan<byte> key)
        : this(KeyRing.Of(key.ToArray()))
    {
    }

    /// <param name="keys">The quarantine keys: the current one seals, any of them opens.</param>
    public StateSealer(KeyRing keys) => _keys = new AesGcmKeyRing(keys, TagBytes, "state key");

    /// <summary>The sealed form of <paramref name="plain"/>, bound to <paramref name="recordKey"/>.</summary>
    public byte[] Seal(ReadOnlySpan<byte> plain, string recordKey)
    {
        var sealedRecord = new byte[Overhead + plain.Length];
        sealedRecord[0] = Version;
        var nonce = sealedRecord.AsSpan(1, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        var length = AssociatedDataLength(recordKey);
        // Session ids come from input events: only short ones go on the stack.
        var associated = length <= MaxStackAssociatedData ? stackalloc byte[MaxStackAssociatedData] : new byte[length];
        _keys.Current.Encrypt(nonce, plain, sealedRecord.AsSpan(1 + NonceBytes, plain.Length), sealedRecord.AsSpan(sealedRecord.Length - TagBytes), AssociatedData(recordKey, associated[..length]));
        return sealedRecord;
    }

    /// <summary>The plain bytes of a record <see cref="Seal"/> wrote under <paramref name="recordKey"/>.</summary>
    /// <exception cref="StateSealException">Not a sealed record, another key, another record key, or altered.</exception>
    public byte[] Open(ReadOnlySpan<byte> sealedRecord, string recordKey) => Open(sealedRecord, recordKey, out _);

    /// <summary>
    /// As <see cref="Open(ReadOnlySpan{byte}, string)"/>, and says which key opened the record:
    /// <paramref name="keyGeneration"/> is 0 for the current key, n for the n-th previous key.
    /// </summary>
    /// <exception cref="StateSealException">Not a sealed record, no key of the ring, another record key, or altered.</exception>
    public byte[] Open(ReadOnlySpan<byte> sealedRecord, string recordKey, out int keyGeneration)
    {
        if (sealedRecord.Length < Overhead || sealedRecord[0] != Version)
        {
            throw new StateSealException("The state record is not sealed in a known format (written before state sealing, or by another tool).");
        }
        var plain = new byte[sealedRecord.Length - Overhead];
        var length = AssociatedDataLength(recordKey);
        // Session ids come from input events: only short ones go on the stack.
        var associated = length <= MaxStackAssociatedData ? stackalloc byte[MaxStackAssociatedData] : new byte[length];
        try
        {
            keyGeneration = _keys.Decrypt(sealedRecord.Slice(1, NonceBytes), sealedRecord.Slice(1 + NonceBytes, plain.Length), sealedRecord[^TagBytes..], plain, AssociatedData(recordKey, associated[..length]));
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new StateSealException("The state record opens with neither the current nor any previous quarantine key: another key, another record key, or an altered record.", e);
        }
        return plain;
    }

    public void Dispose() => _keys.Dispose();

    private const string Purpose = "streamfilter-state-v1";
    private const int MaxStackAssociatedData = 256;

    private static int AssociatedDataLength(string recordKey) => Purpose.Length + 4 + Encoding.UTF8.GetByteCount(recordKey);

    /// <summary>A purpose label and the length-prefixed record key, written into <paramref name="data"/>: state records never open as anything else.</summary>
    private static ReadOnlySpan<byte> AssociatedData(string recordKey, Span<byte> data)
    {
        Encoding.ASCII.GetBytes(Purpose, data);
        var key = data[(Purpose.Length + 4)..];
        BinaryPrimitives.WriteInt32BigEndian(data[Purpose.Length..], key.Length);
        Encoding.UTF8.GetBytes(recordKey, key);
        return data;
    }
}
