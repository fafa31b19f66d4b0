using System.Runtime.CompilerServices;

namespace StreamFilter.Core.Detection.Text;

/// <summary>
/// A set of ASCII characters as a 128-bit mask. Membership is two shifts and no call, which is what
/// per-character loops want; <see cref="System.Buffers.SearchValues{T}"/> stays the tool for
/// vectorized searches, but its <c>Contains</c> is a virtual call per character.
/// </summary>
internal readonly struct AsciiSet
{
    private readonly ulong _low;
    private readonly ulong _high;

    public AsciiSet(string chars)
    {
        foreach (var c in chars)
        {
            if (c >= 128)
            {
                throw new ArgumentException("Only ASCII characters can be members.", nameof(chars));
            }
            if (c < 64)
            {
                _low |= 1UL << c;
            }
            else
            {
                _high |= 1UL << (c - 64);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(char c) => c < 128 && (((c < 64 ? _low : _high) >> (c & 63)) & 1) != 0;
}
