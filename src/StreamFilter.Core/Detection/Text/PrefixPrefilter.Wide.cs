using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace StreamFilter.Core.Detection.Text;

/// <summary>The filter over 64 positions at once: whole-character look-ups where AVX-512 VBMI has them.</summary>
internal sealed partial class PrefixPrefilter
{
    // Per table set, for each of the four character positions, the bucket bits of ASCII characters
    // 0-63 then 64-127: one two-register byte permute (vpermi2b) looks a character up by its seven
    // low bits, where the nibble tables need two shuffles and the nibble split. Being exact per
    // character, these tables also let fewer positions through than the nibble ones, whose low and
    // high halves may come from different words of a bucket.
    private WideTables _wideA;
    private WideTables _wideB;

    private void BuildWideTables(byte[,,] exact)
    {
        Span<byte> half = stackalloc byte[64];
        for (var position = 0; position < Width; position++)
        {
            for (var part = 0; part < 2; part++)
            {
                for (var b = 0; b < 64; b++)
                {
                    half[b] = exact[0, position, part * 64 + b];
                }
                _wideA[position * 2 + part] = Vector512.Create((ReadOnlySpan<byte>)half);
                for (var b = 0; b < 64; b++)
                {
                    half[b] = exact[1, position, part * 64 + b];
                }
                _wideB[position * 2 + part] = Vector512.Create((ReadOnlySpan<byte>)half);
            }
        }
    }

    /// <summary>
    /// Bit k set when a word may start at <c>bytes[k]</c> of the 64 bytes from <paramref name="bytes"/>
    /// (one anchor block of <see cref="TextAnchors.Bytes"/>), whose 67 bytes must be readable and
    /// whose characters the caller knows to be ASCII. Never rejects a position that
    /// <see cref="Candidates"/> accepts for a word start.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Candidates64(ref byte bytes)
    {
        if (!Avx512Vbmi.IsSupported)
        {
            return Candidates(ref bytes) | (ulong)Candidates(ref Unsafe.Add(ref bytes, 32)) << 32;
        }
        var c0 = Vector512.LoadUnsafe(ref bytes);
        var c1 = Vector512.LoadUnsafe(ref bytes, 1);
        var c2 = Vector512.LoadUnsafe(ref bytes, 2);
        var c3 = Vector512.LoadUnsafe(ref bytes, 3);
        var hitsA = Avx512Vbmi.PermuteVar64x8x2(_wideA[0], c0, _wideA[1]) & Avx512Vbmi.PermuteVar64x8x2(_wideA[2], c1, _wideA[3])
            & Avx512Vbmi.PermuteVar64x8x2(_wideA[4], c2, _wideA[5]) & Avx512Vbmi.PermuteVar64x8x2(_wideA[6], c3, _wideA[7]);
        var hitsB = Avx512Vbmi.PermuteVar64x8x2(_wideB[0], c0, _wideB[1]) & Avx512Vbmi.PermuteVar64x8x2(_wideB[2], c1, _wideB[3])
            & Avx512Vbmi.PermuteVar64x8x2(_wideB[4], c2, _wideB[5]) & Avx512Vbmi.PermuteVar64x8x2(_wideB[6], c3, _wideB[7]);
        return ~Vector512.Equals(hitsA | hitsB, Vector512<byte>.Zero).ExtractMostSignificantBits();
    }

    /// <summary>Two tables (characters 0-63 and 64-127) per character position.</summary>
    [InlineArray(2 * Width)]
    private struct WideTables
    {
        private Vector512<byte> _table;
    }
}
