using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace StreamFilter.Core.Detection.Text;

/// <summary>
/// Character classes of a 16-character block as vectors (one lane per character): the building blocks of
/// the vectorized anchor walks (digit runs, word starts, phone and MAC anchors). ASCII only; callers turn
/// a vector into a bit mask with <c>ExtractMostSignificantBits</c> where they need one.
/// </summary>
internal static class CharMasks
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> Digits(Vector256<ushort> block) =>
        Vector256.LessThanOrEqual(block - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> Letters(Vector256<ushort> block) =>
        Vector256.LessThanOrEqual((block | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> HexLetters(Vector256<ushort> block) =>
        Vector256.LessThanOrEqual((block | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)5));

    /// <summary>ASCII letters and digits among characters narrowed to bytes (see <see cref="PrefixPrefilter.Narrow"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> WordBytes(Vector256<byte> chars) =>
        Vector256.LessThanOrEqual((chars | Vector256.Create((byte)0x20)) - Vector256.Create((byte)'a'), Vector256.Create((byte)25))
        | Vector256.LessThanOrEqual(chars - Vector256.Create((byte)'0'), Vector256.Create((byte)9));
}
