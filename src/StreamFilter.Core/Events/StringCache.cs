using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace StreamFilter.Core.Events;

/// <summary>
/// Reuses the string instances of short values that repeat from event to event (user, device, session,
/// app, window title, key, field names), so parsing a keystroke does not allocate them again. Bounded:
/// it is emptied when full. One per processor; not thread-safe. Unique values (event ids, timestamps,
/// free text) are never put in it, so they cannot push the repeating ones out.
/// </summary>
/// <remarks>
/// Looked up by the value's UTF-8 bytes, as the reader sees them: a hit costs a hash and a byte
/// comparison, with no transcoding to UTF-16 first. Open addressing in a table kept at most half full,
/// so probes stay short; the hash is seeded per process, so crafted values cannot aim at one chain.
/// </remarks>
internal sealed class StringCache
{
    public const int MaxValueBytes = 64;
    private const int MaxEntries = 4096;

    private static readonly ulong Seed = BinaryPrimitives.ReadUInt64LittleEndian(RandomNumberGenerator.GetBytes(sizeof(ulong)));

    private const int InitialSlots = 256;

    /// <summary>
    /// A power of two, kept at least twice <see cref="Count"/>, growing up to twice <see cref="MaxEntries"/>.
    /// Sized to the values in use rather than to the bound: every lookup lands on a random slot, and in
    /// a table of the full size (256 KiB) for the few hundred values of a typical stream nearly each one
    /// missed the CPU cache.
    /// </summary>
    private Entry[] _slots = new Entry[InitialSlots];

    public int Count { get; private set; }

    /// <summary><paramref name="utf8"/> must be valid UTF-8 (the parser checks the whole event first).</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxValueBytes)
        {
            return Encoding.UTF8.GetString(utf8);
        }
        var hash = Hash(utf8);
        var slot = Find(utf8, hash);
        if (_slots[slot].Utf8 is not null)
        {
            return _slots[slot].Value!;
        }
        if (Count >= MaxEntries)
        {
            Array.Clear(_slots);
            Count = 0;
            slot = Find(utf8, hash);
        }
        else if ((Count + 1) * 2 > _slots.Length)
        {
            Grow();
            slot = Find(utf8, hash);
        }
        var value = Encoding.UTF8.GetString(utf8);
        _slots[slot] = new Entry { Utf8 = utf8.ToArray(), Value = value, Hash = hash, Length = utf8.Length, Head = Head(utf8) };
        Count++;
        return value;
    }

    /// <summary>Twice the slots, every entry moved to where its hash now leads.</summary>
    private void Grow()
    {
        var old = _slots;
        _slots = new Entry[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Utf8 is null)
            {
                continue;
            }
            var i = entry.Hash & mask;
            while (_slots[i].Utf8 is not null)
            {
                i = (i + 1) & mask;
            }
            _slots[i] = entry;
        }
    }

    /// <summary>The slot holding <paramref name="utf8"/>, or the empty slot where it belongs.</summary>
    private int Find(ReadOnlySpan<byte> utf8, int hash)
    {
        var mask = _slots.Length - 1;
        var i = hash & mask;
        var head = Head(utf8);
        while (_slots[i].Utf8 is { } known && !Holds(ref _slots[i], utf8, hash, head, known))
        {
            i = (i + 1) & mask;
        }
        return i;
    }

    /// <summary>
    /// Values of up to eight bytes (most ids, keys, app names) are told apart by their length and
    /// head, kept in the slot itself: no trip to the stored bytes, which are likely out of cache.
    /// </summary>
    private static bool Holds(ref Entry entry, ReadOnlySpan<byte> utf8, int hash, ulong head, byte[] known) =>
        entry.Hash == hash && entry.Length == utf8.Length && entry.Head == head
        && (utf8.Length <= sizeof(ulong) || utf8.SequenceEqual(known));

    /// <summary>The first eight bytes (zero-padded), little-endian.</summary>
    private static ulong Head(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length >= sizeof(ulong))
        {
            return BinaryPrimitives.ReadUInt64LittleEndian(utf8);
        }
        ulong head = 0;
        for (var i = 0; i < utf8.Length; i++)
        {
            head |= (ulong)utf8[i] << (8 * i);
        }
        return head;
    }

    /// <summary>
    /// Every byte, eight at a time, each block mixed by a bijective multiply-rotate, starting from a
    /// per-process seed: values of up to eight bytes never collide, and which longer values share a
    /// chain depends on the seed. Faster than <see cref="HashCode.AddBytes"/> for these short values.
    /// </summary>
    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = Seed ^ ((ulong)utf8.Length * 0x9E3779B97F4A7C15UL);
        var i = 0;
        for (; i + sizeof(ulong) <= utf8.Length; i += sizeof(ulong))
        {
            hash = Mix(hash, BinaryPrimitives.ReadUInt64LittleEndian(utf8[i..]));
        }
        if (i < utf8.Length)
        {
            ulong tail = 0;
            for (var shift = 0; i < utf8.Length; i++, shift += 8)
            {
                tail |= (ulong)utf8[i] << shift;
            }
            hash = Mix(hash, tail);
        }
        hash ^= hash >> 29;
        hash *= 0xBF58476D1CE4E5B9UL;
        return (int)(hash ^ (hash >> 32));
    }

    private static ulong Mix(ulong hash, ulong block) => BitOperations.RotateLeft((hash ^ block) * 0xC2B2AE3D27D4EB4FUL, 31);

    private struct Entry
    {
        public byte[]? Utf8;
        public string? Value;
        public ulong Head;
        public int Hash;
        public int Length;
    }
}
