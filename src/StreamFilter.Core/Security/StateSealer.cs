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
/// Layout: version byte, 96-bit random nonce, ciphertext, 128-bit tag. Not thread-safe (AesGcm
/// instances are not); the stage thread owns its instance.
/// </remarks>
public sealed class StateSealer : IDisposable
{
    private const byte Version = 1;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private const int Overhead = 1 + NonceBytes + TagBytes;

    private readonly AesGcm _aes;

    /// <param name="key">32 bytes (the dead-letter and quarantine key).</param>
    public StateSealer(ReadOnlySpan<byte> key)
    {
        if (key.Length != 32)
        {
            throw new ArgumentException("The state key must be 32 bytes.", nameof(key));
        }
        _aes = new AesGcm(key, TagBytes);
    }

    /// <summary>The sealed form of <paramref name="plain"/>, bound to <paramref name="recordKey"/>.</summary>
    public byte[] Seal(ReadOnlySpan<byte> plain, string recordKey)
    {
        var sealedRecord = new byte[Overhead + plain.Length];
        sealedRecord[0] = Version;
        var nonce = sealedRecord.AsSpan(1, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        _aes.Encrypt(nonce, plain, sealedRecord.AsSpan(1 + NonceBytes, plain.Length), sealedRecord.AsSpan(sealedRecord.Length - TagBytes), AssociatedData(recordKey));
        return sealedRecord;
    }

    /// <summary>The plain bytes of a record <see cref="Seal"/> wrote under <paramref name="recordKey"/>.</summary>
    /// <exception cref="StateSealException">Not a sealed record, another key, another record key, or altered.</exception>
    public byte[] Open(ReadOnlySpan<byte> sealedRecord, string recordKey)
    {
        if (sealedRecord.Length < Overhead || sealedRecord[0] != Version)
        {
            throw new StateSealException("The state record is not sealed in a known format (written before state sealing, or by another tool).");
        }
        var plain = new byte[sealedRecord.Length - Overhead];
        try
        {
            _aes.Decrypt(sealedRecord.Slice(1, NonceBytes), sealedRecord.Slice(1 + NonceBytes, plain.Length), sealedRecord[^TagBytes..], plain, AssociatedData(recordKey));
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new StateSealException("The state record does not open with this key: another quarantine key, another record key, or an altered record.", e);
        }
        return plain;
    }

    public void Dispose() => _aes.Dispose();

    /// <summary>A purpose label and the length-prefixed record key: state records never open as anything else.</summary>
    private static byte[] AssociatedData(string recordKey)
    {
        const string Purpose = "streamfilter-state-v1";
        var key = Encoding.UTF8.GetBytes(recordKey);
        var data = new byte[Purpose.Length + 4 + key.Length];
        Encoding.ASCII.GetBytes(Purpose, data);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(Purpose.Length), key.Length);
        key.CopyTo(data, Purpose.Length + 4);
        return data;
    }
}
