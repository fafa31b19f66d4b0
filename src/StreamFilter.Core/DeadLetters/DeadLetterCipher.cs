using System.Security.Cryptography;
using System.Text;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Security;

namespace StreamFilter.Core.DeadLetters;

/// <summary>
/// AES-256-GCM for dead letters and quarantine: a fresh random 96-bit nonce per record, a 128-bit tag,
/// and the clear fields (format version, kind, reason, position) as associated data.
/// Random nonces are safe for far more records than one key will ever seal (the 2^32 bound).
/// The current key seals; opening also tries the previous keys of the ring, so dead letters written
/// before a rotation stay readable (no key id in the envelope: <see cref="AesGcmKeyRing"/> says why).
/// Not thread-safe (AesGcm instances are not); use one per writer.
/// </summary>
public sealed class DeadLetterCipher : IDisposable
{
    public const int NonceBytes = 12;
    public const int TagBytes = 16;
    private const string FormatTag = "streamfilter-dead-letter-v1";

    private readonly AesGcmKeyRing _keys;

    public DeadLetterCipher(ReadOnlySpan<byte> key)
        : this(KeyRing.Of(key.ToArray()))
    {
    }

    /// <param name="keys">The current key seals; any key of the ring opens.</param>
    public DeadLetterCipher(KeyRing keys) => _keys = new AesGcmKeyRing(keys, TagBytes, "dead-letter key");

    public DeadLetterEnvelope Seal(ReadOnlySpan<byte> raw, DeadLetterKind kind, string reason, SourcePosition position)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        var tag = new byte[TagBytes];
        var ciphertext = new byte[raw.Length];
        _keys.Current.Encrypt(nonce, raw, ciphertext, tag, AssociatedData(kind, reason, position));
        return new DeadLetterEnvelope(kind, reason, position, nonce, tag, ciphertext);
    }

    /// <summary>Returns the raw bytes.</summary>
    /// <exception cref="AuthenticationTagMismatchException">No key of the ring opens it, or the record was altered.</exception>
    public byte[] Open(DeadLetterEnvelope envelope) => Open(envelope, out _);

    /// <summary>The raw bytes, and which key opened them: <paramref name="keyGeneration"/> is 0 for the current key, n for the n-th previous key.</summary>
    /// <exception cref="AuthenticationTagMismatchException">No key of the ring opens it, or the record was altered.</exception>
    public byte[] Open(DeadLetterEnvelope envelope, out int keyGeneration)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var plain = new byte[envelope.Ciphertext.Length];
        keyGeneration = _keys.Decrypt(envelope.Nonce, envelope.Ciphertext, envelope.Tag, plain, AssociatedData(envelope.Kind, envelope.Reason, envelope.Position));
        return plain;
    }

    public void Dispose() => _keys.Dispose();

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
