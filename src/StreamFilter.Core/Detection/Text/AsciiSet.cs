using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace StreamFilter.Core.Detection.Text;

/// <summary>
/// A set of ASCII characters as a 128-bit mask. Membership is two shifts and no call, which is what
/// per-character loops want; <see cref="System.Buffers.SearchValues{T}"/> stays the tool for
/// vectorized searches, but its <c>Contains</c> is a virtual call per character. Sets holding every
/// ASCII letter and digit (token alphabets) also test 16 characters at once, see <see cref="Members"/>.
/// </summary>
internal readonly struct AsciiSet
{
    private readonly ulong _low;
    private readonly ulong _high;

    /// <summary>The members that are not ASCII letters or digits ("_-+/=").</summary>
    private readonly string _extras;

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
        _extras = new string(chars.Where(c => !char.IsAsciiLetterOrDigit(c)).Distinct().ToArray());
        HoldsAlphanumerics = true;
        for (var c = '0'; c <= 'z'; c++)
        {
            HoldsAlphanumerics &= !char.IsAsciiLetterOrDigit(c) || chars.Contains(c);
        }
    }

    /// <summary>True when every ASCII letter and digit is a member, which <see cref="Members"/> requires.</summary>
    public bool HoldsAlphanumerics { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(char c) => c < 128 && (((c < 64 ? _low : _high) >> (c & 63)) & 1) != 0;

    /// <summary>One bit per character of <paramref name="block"/> (bit k for character k) that is a member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Members(Vector256<ushort> block)
    {
        var members = CharMasks.Letters(block)
            | CharMasks.Digits(block);
        foreach (var c in _extras)
        {
            members |= Vector256.Equals(block, Vector256.Create((ushort)c));
        }
        return members.ExtractMostSignificantBits();
    }
}
