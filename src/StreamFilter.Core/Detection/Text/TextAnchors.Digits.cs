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
    /// How many digits have no digit right before or after them ("5 3 6 2 2 4 8 7 1" has nine, a
    /// timestamp none), a few bit operations per 64 characters. Stops counting at <paramref name="enough"/>.
    /// </summary>
    public int IsolatedDigits(int enough = int.MaxValue)
    {
        var blocks = Blocks;
        var count = 0;
        var previous = 0UL;
        for (var b = 0; b < blocks.Length && count < enough; b++)
        {
            var digits = blocks[b].Digits;
            if (digits == 0)
            {
                previous = 0;
                continue;
            }
            var next = b + 1 < blocks.Length ? blocks[b + 1].Digits : 0;
            var alone = digits & ~Previous(digits, previous) & ~Next(digits, next);
            count += BitOperations.PopCount(alone);
            previous = digits;
        }
        return count;
    }
}
