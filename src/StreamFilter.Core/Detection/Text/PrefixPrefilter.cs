using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace StreamFilter.Core.Detection.Text;

/// <summary>
/// A vectorized filter for "may one of these words start here?", 32 positions per step over text
/// already narrowed to bytes (<see cref="TextAnchors.Bytes"/>): the first four characters of each
/// position are looked up by nibble in small shuffle tables (the Teddy technique of Hyperscan and
/// .NET's SearchValues), one bit per bucket of words, and a position survives only when all eight
/// look-ups of one table set agree on a bucket. It may let through positions where no word starts
/// (the caller confirms each one exactly) but never rejects one where a word could start.
/// </summary>
/// <remarks>
/// Why not SearchValues&lt;string&gt;: with two-letter words in the set it picks its two-character
/// variant and measured 65 MB/s on the context-gate words here, against ~500 MB/s for a per-word-start
/// walk and ~2,500 MB/s for the gate with this filter, which only answers the cheap question and
/// leaves word boundaries and the exact comparison to the caller.
/// Acceptance per position mirrors <see cref="Detection.ContextWords"/>: the first two characters are
/// ASCII and equal to the word's ignoring ASCII case; the third is compared on its low five bits and
/// the fourth ignoring ASCII case (shorter words accept anything there). Blocks holding non-ASCII
/// characters are not for this filter: the callers check them the exact way (ContextWords) or with
/// the runtime's search (KeywordSearch).
/// </remarks>
internal sealed partial class PrefixPrefilter
{
    /// <summary>Characters of each position the filter reads: a word start and the three after it.</summary>
    public const int Width = 4;

    /// <summary>Buckets per table set; two sets make 16 buckets, two or three words each for the context gate.</summary>
    private const int Buckets = 8;

    // Per set and character position, a table for the low nibble and one for the high nibble, each 16
    // bytes repeated in both 128-bit lanes because the byte shuffle looks up within its lane.
    private Tables _lowA;
    private Tables _highA;
    private Tables _lowB;
    private Tables _highB;

    /// <summary>True where the hardware has the byte shuffle the look-ups use (AVX2).</summary>
    public static bool IsSupported => Avx2.IsSupported;

    /// <param name="prefixes">Words of at least two ASCII characters (only the first four matter).</param>
    public PrefixPrefilter(IReadOnlyCollection<string> prefixes)
    {
        var low = new byte[2, Width, 16];
        var high = new byte[2, Width, 16];
        var exact = new byte[2, Width, 128];
        foreach (var (word, bucket) in AssignBuckets(prefixes))
        {
            var set = bucket / Buckets;
            var bucketBit = (byte)(1 << (bucket % Buckets));
            for (var position = 0; position < Width; position++)
            {
                for (var b = 0; b < 256; b++)
                {
                    if (Accepts(word, position, b))
                    {
                        low[set, position, b & 0xF] |= bucketBit;
                        high[set, position, b >> 4] |= bucketBit;
                        if (b < 128)
                        {
                            exact[set, position, b] |= bucketBit;
                        }
                    }
                }
            }
        }
        for (var position = 0; position < Width; position++)
        {
            _lowA[position] = Table(low, 0, position);
            _highA[position] = Table(high, 0, position);
            _lowB[position] = Table(low, 1, position);
            _highB[position] = Table(high, 1, position);
        }
        BuildWideTables(exact);
    }

    /// <summary>
    /// Puts each word in the bucket where it widens the bucket's accepted character combinations the
    /// least. A bucket accepts every mix of the nibbles of its words, so "acc" next to "dob" would also
    /// let "abb", "dcc", "aob"... through; grouping look-alikes keeps those mixes few. A word that
    /// starts with another word of the set is left out: wherever it starts, the shorter one does too.
    /// </summary>
    private static List<(string Word, int Bucket)> AssignBuckets(IReadOnlyCollection<string> prefixes)
    {
        var heads = prefixes.Select(p => p.Length > Width ? p[..Width] : p).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var words = heads.Where(w => !heads.Any(other => other.Length < w.Length && w.StartsWith(other, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.OrdinalIgnoreCase).ToArray();
        var members = new List<string>[2 * Buckets];
        for (var k = 0; k < members.Length; k++)
        {
            members[k] = [];
        }
        var assigned = new List<(string, int)>(words.Length);
        foreach (var word in words)
        {
            var best = 0;
            var bestCost = double.MaxValue;
            for (var k = 0; k < members.Length; k++)
            {
                var cost = Combinations([.. members[k], word]) - Combinations(members[k]);
                if (cost < bestCost)
                {
                    (best, bestCost) = (k, cost);
                }
            }
            members[best].Add(word);
            assigned.Add((word, best));
        }
        return assigned;
    }

    /// <summary>
    /// About how often a word start of English text or code passes a bucket holding
    /// <paramref name="words"/>: per position, the summed frequency of the characters its nibble
    /// tables accept, multiplied over the four positions.
    /// </summary>
    private static double Combinations(List<string> words)
    {
        if (words.Count == 0)
        {
            return 0;
        }
        var product = 1.0;
        for (var position = 0; position < Width; position++)
        {
            var low = 0;
            var high = 0;
            foreach (var word in words)
            {
                for (var b = 0; b < 128; b++)
                {
                    if (Accepts(word, position, b))
                    {
                        low |= 1 << (b & 0xF);
                        high |= 1 << (b >> 4);
                    }
                }
            }
            var accepted = 0.0;
            for (var b = ' '; b <= '~'; b++)
            {
                if ((low & (1 << (b & 0xF))) != 0 && (high & (1 << (b >> 4))) != 0)
                {
                    accepted += Frequency(b);
                }
            }
            product *= accepted;
        }
        return product;
    }

    /// <summary>Rough relative frequency of a character in English prose and code, for <see cref="Combinations"/>.</summary>
    private static double Frequency(char c)
    {
        const string ByFrequency = "etaoinsrhldcumfpgwybvkxjqz";
        var lower = char.ToLowerInvariant(c);
        var rank = ByFrequency.IndexOf(lower);
        if (rank >= 0)
        {
            // Lower case dominates; upper case starts sentences and identifiers.
            return (char.IsAsciiLetterLower(c) ? 1.0 : 0.15) * (1.0 - (rank / 30.0));
        }
        return c == ' ' ? 1.5 : char.IsAsciiDigit(c) ? 0.3 : 0.1;
    }

    /// <summary>
    /// Whether ASCII byte <paramref name="b"/> may be character <paramref name="position"/> of a text
    /// where <paramref name="word"/> starts. Non-ASCII characters are the caller's to route around
    /// the filter (they may equal ASCII ones ignoring case, 'ſ' and 's'): accepting every byte above
    /// 127 here would set every low-nibble bit and leave the position unfiltered.
    /// </summary>
    private static bool Accepts(string word, int position, int b) => position switch
    {
        // The exact check wants the first two characters ASCII.
        < 2 => b < 128 && Folded(b) == Folded(word[position]),
        // The third: its low five bits, as the exact check's own three-character filter compares it.
        2 => word.Length < 3 || word[2] >= 128 || (b < 128 && (b & 0x1F) == (word[2] & 0x1F)),
        _ => word.Length <= position || word[position] >= 128 || (b < 128 && Folded(b) == Folded(word[position])),
    };

    private static int Folded(int c) => (c | 0x20) & 0x7F;

    private static Vector256<byte> Table(byte[,,] nibbles, int set, int position)
    {
        Span<byte> bytes = stackalloc byte[32];
        for (var n = 0; n < 16; n++)
        {
            bytes[n] = bytes[n + 16] = nibbles[set, position, n];
        }
        return Vector256.Create((ReadOnlySpan<byte>)bytes);
    }

    /// <summary>
    /// Bit k set when a word may start at <c>bytes[k]</c> of the 32 bytes from <paramref name="bytes"/>
    /// (text narrowed as <see cref="TextAnchors.Bytes"/>), whose 35 bytes must be readable and whose
    /// characters the caller knows to be ASCII (the look-ups read three ahead).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Candidates(ref byte bytes)
    {
        var (low0, high0) = Nibbles(Vector256.LoadUnsafe(ref bytes));
        var (low1, high1) = Nibbles(Vector256.LoadUnsafe(ref bytes, 1));
        var (low2, high2) = Nibbles(Vector256.LoadUnsafe(ref bytes, 2));
        var (low3, high3) = Nibbles(Vector256.LoadUnsafe(ref bytes, 3));
        var hitsA = Avx2.Shuffle(_lowA[0], low0) & Avx2.Shuffle(_highA[0], high0)
            & Avx2.Shuffle(_lowA[1], low1) & Avx2.Shuffle(_highA[1], high1)
            & Avx2.Shuffle(_lowA[2], low2) & Avx2.Shuffle(_highA[2], high2)
            & Avx2.Shuffle(_lowA[3], low3) & Avx2.Shuffle(_highA[3], high3);
        var hitsB = Avx2.Shuffle(_lowB[0], low0) & Avx2.Shuffle(_highB[0], high0)
            & Avx2.Shuffle(_lowB[1], low1) & Avx2.Shuffle(_highB[1], high1)
            & Avx2.Shuffle(_lowB[2], low2) & Avx2.Shuffle(_highB[2], high2)
            & Avx2.Shuffle(_lowB[3], low3) & Avx2.Shuffle(_highB[3], high3);
        return ~(Vector256.Equals(hitsA, Vector256<byte>.Zero) & Vector256.Equals(hitsB, Vector256<byte>.Zero)).ExtractMostSignificantBits();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<byte> Low, Vector256<byte> High) Nibbles(Vector256<byte> chars) =>
        (chars & Vector256.Create((byte)0x0F), Vector256.ShiftRightLogical(chars.AsUInt16(), 4).AsByte() & Vector256.Create((byte)0x0F));

    /// <summary>One table per character position.</summary>
    [InlineArray(Width)]
    private struct Tables
    {
        private Vector256<byte> _position;
    }
}
