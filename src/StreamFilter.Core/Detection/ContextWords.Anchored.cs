using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection;

/// <summary>The context gate over a whole text, reading the engine's anchor masks and narrowed bytes.</summary>
public sealed partial class ContextWords
{
    /// <summary>
    /// <see cref="AnyIn(ReadOnlySpan{char})"/> over a whole text whose <paramref name="anchors"/> the
    /// engine has computed: word starts come from the letter and digit masks, 64 at a time, and reach
    /// the exact check only when their first four characters fit a word of the set
    /// (<see cref="PrefixPrefilter"/>, reading the anchors' narrowed bytes). Ordinary text, where the
    /// gate nearly always stays closed, costs a few vector operations per block instead of a bitmap
    /// look-up per word.
    /// </summary>
    internal bool AnyIn(ReadOnlySpan<char> text, TextAnchors anchors)
    {
        if (_prefilter is null || IsEmpty)
        {
            return AnyIn(text);
        }
        if (_others.Length != 0 && AnyOther(text))
        {
            return true;
        }
        var blocks = anchors.Blocks;
        ref var bytes = ref MemoryMarshal.GetReference(anchors.Bytes);
        var previousIsWord = false; // whether the character before the block is a word character
        var lastStart = text.Length - 2; // a word start needs the character after it
        for (var b = 0; b < blocks.Length; b++)
        {
            var from = b * 64;
            ref readonly var block = ref blocks[b];
            // The filter reads three characters ahead: the next block's first three count too.
            var aheadNonAscii = b + 1 < blocks.Length ? blocks[b + 1].NonAscii & 0b111 : 0;
            if ((block.NonAscii | aheadNonAscii) != 0)
            {
                // Non-ASCII characters: the scalar walk applies the exact rules.
                if (AnyAtWordStarts(text, from, Math.Min(from + 64, text.Length - 1), ref previousIsWord))
                {
                    return true;
                }
                continue;
            }
            var word = block.Letters | block.Digits;
            var starts = word & ~((word << 1) | (previousIsWord ? 1UL : 0));
            previousIsWord = (word >> 63) != 0;
            if (lastStart - from < 63)
            {
                starts &= lastStart < from ? 0 : ulong.MaxValue >> (63 - (lastStart - from));
            }
            if (starts == 0)
            {
                continue;
            }
            starts &= _prefilter.Candidates64(ref Unsafe.Add(ref bytes, from));
            while (starts != 0)
            {
                if (MatchesAt(text, from + BitOperations.TrailingZeroCount(starts)))
                {
                    return true;
                }
                starts &= starts - 1;
            }
        }
        return false;
    }
}
