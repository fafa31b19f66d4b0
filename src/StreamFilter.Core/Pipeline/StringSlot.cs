namespace StreamFilter.Core.Pipeline;

/// <summary>
/// Picks a slot for a string in the writers' direct-mapped tables from its length and three characters:
/// far cheaper than a full hash (or the runtime call an identity hash costs) and enough to spread ids
/// like "u17" and "u71". Values are always compared in full after, so a collision only costs a miss.
/// </summary>
internal static class StringSlot
{
    public static int Of(string value, int bits)
    {
        var n = value.Length;
        var h = (uint)n * 0x9E3779B1u;
        if (n > 0)
        {
            h ^= value[0] ^ ((uint)value[n >> 1] << 8) ^ ((uint)value[n - 1] << 16);
        }
        return (int)((h * 0x85EBCA6Bu) >> (32 - bits));
    }
}
