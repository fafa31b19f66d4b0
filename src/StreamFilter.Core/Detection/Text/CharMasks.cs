using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace StreamFilter.Core.Detection.Text;

/// <summary>
/// Character classes of a 16-character block as vectors (one lane per character), for the context
/// words' walk over short windows; whole texts are classified once by <see cref="TextAnchors"/>.
/// ASCII only; callers turn a vector into a bit mask with <c>ExtractMostSignificantBits</c>.
/// </summary>
internal static class CharMasks
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> Digits(Vector256<ushort> block) =>
        Vector256.LessThanOrEqual(block - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> Letters(Vector256<ushort> block) =>
        Vector256.LessThanOrEqual((block | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25));
}
