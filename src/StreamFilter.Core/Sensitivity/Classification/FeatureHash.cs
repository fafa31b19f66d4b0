using System.Runtime.CompilerServices;

namespace StreamFilter.Core.Sensitivity.Classification;

/// <summary>
/// FNV-1a over UTF-16 code units, finished with a murmur3-style avalanche. FNV alone is fast but its
/// low bits mix poorly, and we keep only the low bits (the bucket index), so the finaliser matters.
/// Stable across processes and platforms: a model file stores weights by these indices.
/// </summary>
internal static class FeatureHash
{
    public const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Start(uint seed, uint kind) => (OffsetBasis ^ seed) * Prime ^ kind;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Add(uint hash, char c) => (hash ^ c) * Prime;

    /// <summary>Combines two hashes order-sensitively (a bigram "a b" differs from "b a").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Combine(uint first, uint second) => Finish(first * 0x9E3779B1u + second);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}
