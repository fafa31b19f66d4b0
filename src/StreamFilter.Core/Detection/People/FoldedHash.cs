using System.Runtime.CompilerServices;

namespace StreamFilter.Core.Detection.People;

/// <summary>
/// A 64-bit FNV-1a hash of a word folded to lower case, char by char (ASCII by arithmetic, the rest by
/// <see cref="char.ToLowerInvariant"/>). The lexicons key their entries by it, so a token is looked
/// up without lower-casing it into a new string; 64 bits make a collision among 300k keys negligible.
/// </summary>
internal static class FoldedHash
{
    public const ulong Seed = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> word)
    {
        var h = Seed;
        foreach (var c in word)
        {
            h = Add(h, c);
        }
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong h, char c) => (h ^ Fold(c)) * Prime;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) =>
        c < 0x80 ? ((uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c) : c == '\u2019' ? '\'' : char.ToLowerInvariant(c);

    /// <summary>Mixes a feature template id into a value hash (for the token classifier's hashed features).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Feature(int template, ulong value)
    {
        var x = value ^ ((ulong)template * 0x9E3779B97F4A7C15UL);
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        return (uint)x;
    }
}
