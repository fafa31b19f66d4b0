using System.Security.Cryptography;
using System.Text;
using StreamFilter.Core.Pipeline;

namespace StreamFilter.Core.DeadLetters;

/// <summary>
/// AES-256-GCM for dead letters and quarantine: a fresh random 96-bit nonce per record, a 128-bit tag,
/// and the clear fields (format version, kind, reason, position) as associated data.
/// Random nonces are safe for far more records than one key will ever seal (the 2^32 bound).
/// Not thread-safe (AesGcm instances are not); use one per writer.
/// </summary>
public sealed class DeadLetterCipher : IDisposable
{
    public const int NonceBytes = 12;
    public const int TagBytes = 16;
    private const string FormatTag = "streamfilter-dead-letter-v1";

    private readonly AesGcm _aes;

    public DeadLetterCipher(ReadOnlySpan<byte> key)
    {
        if (key.Length != 32)
        {
            throw new ArgumentException("The dead-letter key must be 32 bytes (AES-256).", nameof(key));
        }
        _aes = new AesGcm(key, TagBytes);
    }

    public DeadLetterEnvelope Seal(ReadOnlySpan<byte> raw, DeadLetterKind kind, string reason, SourcePosition position)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        var tag = new byte[TagBytes];
        var ciphertext = new byte[raw.Length];
        _aes.Encrypt(nonce, raw, ciphertext, tag, AssociatedData(kind, reason, position));
        return new DeadLetterEnvelope(kind, reason, position, nonce, tag, ciphertext);
    }

    /// <summary>Returns the raw bytes.</summary>
    /// <exception cref="AuthenticationTagMismatchException">Wrong key, or the record was altered.</exception>
    public byte[] Open(DeadLetterEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var plain = new byte[envelope.Ciphertext.Length];
        _aes.Decrypt(envelope.Nonce, envelope.Ciphertext, envelope.Tag, plain, AssociatedData(envelope.Kind, envelope.Reason, envelope.Position));
        return plain;
    }

    public void Dispose() => _aes.Dispose();

    /// <summary>Each clear field length-prefixed, so no two different records can share associated data.</summary>
    private static byte[] AssociatedData(DeadLetterKind kind, string reason, SourcePosition position)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(FormatTag);
            writer.Write(DeadLetterKindNames.Of(kind));
            writer.Write(reason);
            writer.Write(position.Source);
            writer.Write(position.Offset);
        }
        return buffer.ToArray();
    }
}
