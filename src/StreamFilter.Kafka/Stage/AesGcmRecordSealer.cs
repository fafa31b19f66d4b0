using System.Security.Cryptography;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// AES-256-GCM sealing: [version 1][12-byte nonce][16-byte tag][ciphertext]. The nonce is random per
/// record (2^32 records per key keeps the collision risk negligible). Thread-safe.
/// </summary>
public sealed class AesGcmRecordSealer : IRecordSealer, IDisposable
{
    public const byte FormatVersion = 1;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private readonly AesGcm aes;

    public AesGcmRecordSealer(ReadOnlySpan<byte> key)
    {
        if (key.Length != 32)
        {
            throw new ArgumentException("The dead-letter key must be 32 bytes.", nameof(key));
        }
        aes = new AesGcm(key, TagBytes);
    }

    public byte[] Seal(ReadOnlySpan<byte> raw, ReadOnlySpan<byte> associatedData)
    {
        var sealedRecord = new byte[1 + NonceBytes + TagBytes + raw.Length];
        sealedRecord[0] = FormatVersion;
        var nonce = sealedRecord.AsSpan(1, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        aes.Encrypt(nonce, raw, sealedRecord.AsSpan(1 + NonceBytes + TagBytes), sealedRecord.AsSpan(1 + NonceBytes, TagBytes), associatedData);
        return sealedRecord;
    }

    /// <summary>Reverses <see cref="Seal"/>; throws <see cref="AuthenticationTagMismatchException"/> on a wrong key or tampered record.</summary>
    public byte[] Open(ReadOnlySpan<byte> sealedRecord, ReadOnlySpan<byte> associatedData)
    {
        if (sealedRecord.Length < 1 + NonceBytes + TagBytes || sealedRecord[0] != FormatVersion)
        {
            throw new CryptographicException("Not a sealed StreamFilter record.");
        }
        var plain = new byte[sealedRecord.Length - 1 - NonceBytes - TagBytes];
        aes.Decrypt(sealedRecord.Slice(1, NonceBytes), sealedRecord[(1 + NonceBytes + TagBytes)..], sealedRecord.Slice(1 + NonceBytes, TagBytes), plain, associatedData);
        return plain;
    }

    public void Dispose() => aes.Dispose();
}
