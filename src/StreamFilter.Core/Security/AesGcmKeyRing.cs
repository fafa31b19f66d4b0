using System.Security.Cryptography;

namespace StreamFilter.Core.Security;

/// <summary>
/// One <see cref="AesGcm"/> per key of a <see cref="KeyRing"/>: encrypts with the current key, opens with
/// whichever key fits.
/// </summary>
/// <remarks>
/// Trial decryption rather than a key id in the sealed formats: both formats (state records, dead-letter
/// envelopes) are read by instances of the previous release during a rolling restart, and a new format
/// version would stop those instances (state) or make them refuse records (dead letters). AES-GCM's tag
/// already says which key fits: a wrong key fails authentication (forgery odds 2^-128), never yields
/// wrong plain bytes. Opening is off the hot path (changelog restore, the dead-letters command), and the
/// key that opened the last record is tried first, so a partition sealed under one key costs one
/// failed attempt, not one per record. Not thread-safe, like <see cref="AesGcm"/>.
/// </remarks>
internal sealed class AesGcmKeyRing : IDisposable
{
    private readonly AesGcm[] ciphers;
    private int lastOpened;

    /// <param name="keyName">What the keys are called in the error for a wrong length (never the key).</param>
    public AesGcmKeyRing(KeyRing keys, int tagBytes, string keyName)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ciphers = new AesGcm[1 + keys.Previous.Count];
        try
        {
            for (var i = 0; i < ciphers.Length; i++)
            {
                var key = i == 0 ? keys.Current.Key : keys.Previous[i - 1].Key;
                if (key.Length != KeyProvider.KeyBytes)
                {
                    throw new ArgumentException($"The {keyName} ({keys.SourceOf(i)}) must be 32 bytes (AES-256).", nameof(keys));
                }
                ciphers[i] = new AesGcm(key, tagBytes);
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The only key that seals.</summary>
    public AesGcm Current => ciphers[0];

    /// <summary>Decrypts with the key that fits and returns its generation: 0 = current, n = the n-th previous key.</summary>
    /// <exception cref="AuthenticationTagMismatchException">No key of the ring opens it (another key, or altered).</exception>
    public int Decrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> tag, Span<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var first = lastOpened;
        if (TryDecrypt(first, nonce, ciphertext, tag, plaintext, associatedData))
        {
            return first;
        }
        for (var i = 0; i < ciphers.Length; i++)
        {
            if (i != first && TryDecrypt(i, nonce, ciphertext, tag, plaintext, associatedData))
            {
                lastOpened = i;
                return i;
            }
        }
        throw new AuthenticationTagMismatchException();
    }

    public void Dispose()
    {
        foreach (var cipher in ciphers)
        {
            cipher?.Dispose();
        }
    }

    private bool TryDecrypt(int generation, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> tag, Span<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        try
        {
            ciphers[generation].Decrypt(nonce, ciphertext, tag, plaintext, associatedData);
            return true;
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }
    }
}
