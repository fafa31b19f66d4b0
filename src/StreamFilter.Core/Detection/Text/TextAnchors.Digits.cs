using System.Numerics;

namespace StreamFilter.Core.Detection.Text;

/// <summary>Digit checks over the masks: any digit at all, and single digits standing alone.</summary>
internal sealed partial class TextAnchors
{
    /// <summary>True when the text has any ASCII digit.</summary>
    public bool HasDigits
    {
        get
        {
            foreach (ref readonly var block in Blocks)
            {
                if (block.Digits != 0)
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>
    /// How many single digits are followed, one separator later, by another single digit ("5 3 6 2 2
    /// 4 8 7 1" has eight such pairs), where the separator is no '.', ':', '/' or letter: versions
    /// (1.2.3.4), clock times and "1a2" do not count. A few bit operations per 64 characters; stops
    /// counting at <paramref name="enough"/>.
    /// </summary>
    public int SpacedDigitPairs(int enough = int.MaxValue)
    {
        var blocks = Blocks;
        var count = 0;
        var previousDigits = 0UL;
        for (var b = 0; b < blocks.Length && count < enough; b++)
        {
            ref readonly var block = ref blocks[b];
            var digits = block.Digits;
            if (digits == 0)
            {
                previousDigits = 0;
                continue;
            }
            var hasNext = b + 1 < blocks.Length;
            var nextDigits = hasNext ? blocks[b + 1].Digits : 0;
            var alone = digits & ~Previous(digits, previousDigits) & ~Next(digits, nextDigits);
            var nextAlone = hasNext ? nextDigits & ~(nextDigits << 1 | digits >> 63) & ~Next(nextDigits, b + 2 < blocks.Length ? blocks[b + 2].Digits : 0) : 0;
            var bad = block.Dot | block.Colon | block.Slash | block.Letters;
            var nextBad = hasNext ? blocks[b + 1].Dot | blocks[b + 1].Colon | blocks[b + 1].Slash | blocks[b + 1].Letters : 0;
            var pairs = alone & Ahead(alone, nextAlone, 2) & ~Next(bad, nextBad);
            count += BitOperations.PopCount(pairs);
            previousDigits = digits;
        }
        return count;
    }
}
