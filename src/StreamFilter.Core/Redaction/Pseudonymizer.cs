using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace StreamFilter.Core.Redaction;

/// <summary>
/// Keyed pseudonyms: HMAC-SHA256 over the entity type and the value, so the same value gets the same
/// token in every event and every instance sharing the key, and nobody without the key can reverse or
/// confirm a guess. Only the first 10 bytes (80 bits) are shown: enough to avoid collisions in a
/// training set, short enough to keep text readable.
/// </summary>
public sealed class Pseudonymizer
{
    private const int TokenBytes = 10;
    private readonly byte[] _key;

    public Pseudonymizer(ReadOnlySpan<byte> key)
    {
        if (key.Length < 32)
        {
            throw new ArgumentException("The pseudonym key must be at least 32 bytes.", nameof(key));
        }
        _key = key.ToArray();
    }

    /// <summary>Writes <c>[TYPE:hex]</c> for <paramref name="value"/> into <paramref name="output"/>.</summary>
    public void Write(string entityType, ReadOnlySpan<char> value, StringBuilder output)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(entityType.Length + 1 + value.Length);
        var rented = ArrayPool<byte>.Shared.Rent(maxBytes);
        try
        {
            var n = Encoding.UTF8.GetBytes(entityType, rented);
            rented[n++] = 0; // separator: "A" + "BC" never collides with "AB" + "C"
            n += Encoding.UTF8.GetBytes(value, rented.AsSpan(n));
            Span<byte> mac = stackalloc byte[32];
            HMACSHA256.HashData(_key, rented.AsSpan(0, n), mac);
            Span<char> hex = stackalloc char[TokenBytes * 2];
            Convert.TryToHexStringLower(mac[..TokenBytes], hex, out _);
            output.Append('[').Append(entityType).Append(':').Append(hex).Append(']');
        }
        finally
        {
            CryptographicOperations.ZeroMemory(rented.AsSpan(0, Math.Min(maxBytes, rented.Length)));
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
