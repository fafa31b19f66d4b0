namespace StreamFilter.Core.Detection.Validation;

/// <summary>
/// Shannon entropy in bits per character over the ASCII range. Random keys of 20+ characters score
/// about 4-6 bits (hex tops out at 4); words, identifiers and placeholders score well below.
/// </summary>
public static class ShannonEntropy
{
    /// <summary>Entropy of <paramref name="value"/>; non-ASCII characters share one bucket.</summary>
    public static double BitsPerChar(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return 0;
        }
        Span<int> counts = stackalloc int[129];
        foreach (var c in value)
        {
            counts[c < 128 ? c : 128]++;
        }
        double bits = 0;
        double length = value.Length;
        foreach (var n in counts)
        {
            if (n != 0)
            {
                var p = n / length;
                bits -= p * Math.Log2(p);
            }
        }
        return bits;
    }
}
