using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace StreamFilter.Core.Detection.Text;

/// <summary>The words that spell an email separator, found over the narrowed bytes.</summary>
internal sealed partial class TextAnchors
{
    /// <summary>
    /// True when the word "at" or "dot" (any case) stands alone somewhere in the text, or an '@' sits
    /// right after a bracket ("[@]"): the only texts that can spell an email address. Four byte
    /// compares per 64 characters, so the multi-string search for the exact forms runs on few texts.
    /// </summary>
    public bool MaySpellEmail()
    {
        var blocks = Blocks;
        ref var bytes = ref MemoryMarshal.GetReference(Bytes);
        var previousLetters = 0UL;
        for (var b = 0; b < blocks.Length; b++)
        {
            ref readonly var block = ref blocks[b];
            var letters = block.Letters;
            var nextLetters = b + 1 < blocks.Length ? blocks[b + 1].Letters : 0;
            // The bytes at k, k + 1 and k + 2, folded to lower case (padding makes the reads past the end safe).
            ref var at0 = ref Unsafe.Add(ref bytes, b * BlockLength);
            var here = Vector512.LoadUnsafe(ref at0) | Vector512.Create((byte)0x20);
            var next = Vector512.LoadUnsafe(ref Unsafe.Add(ref at0, 1)) | Vector512.Create((byte)0x20);
            var after = Vector512.LoadUnsafe(ref Unsafe.Add(ref at0, 2)) | Vector512.Create((byte)0x20);
            var alone = ~Previous(letters, previousLetters);
            previousLetters = letters;
            // "at": a, t, then no letter; "dot": d, o, t, then no letter.
            var at = Is(here, 'a') & Is(next, 't') & ~Ahead(letters, nextLetters, 2);
            var dot = Is(here, 'd') & Is(next, 'o') & Is(after, 't') & ~Ahead(letters, nextLetters, 3);
            if (((at | dot) & alone) != 0)
            {
                return true;
            }
            if (block.At != 0 && AtAfterBracket(b))
            {
                return true;
            }
        }
        return false;
    }

    private bool AtAfterBracket(int b)
    {
        var at = Blocks[b].At;
        for (; at != 0; at &= at - 1)
        {
            var i = (b * BlockLength) + System.Numerics.BitOperations.TrailingZeroCount(at);
            if (i > 0 && _bytes[i - 1] is (byte)'[' or (byte)'(' or (byte)'{' or (byte)'<')
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>Where a number word may start, over the narrowed bytes.</summary>
internal sealed partial class TextAnchors
{
    /// <summary>The first three letters of every word that can start or continue a spoken run.</summary>
    private static readonly string[] NumberWordHeads = ["zer", "one", "two", "thr", "fou", "fiv", "six", "sev", "eig", "nin", "dou", "tri"];

    /// <summary>
    /// Bit k set when the three characters at 64 <paramref name="block"/> + k are the head of a number
    /// word ("thr" of three, "dou" of double), any case: 36 byte compares, so the spoken-digit pass
    /// visits number words only instead of every word.
    /// </summary>
    public ulong NumberWordHeadsIn(int block)
    {
        ref var at0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_bytes), block * BlockLength);
        var here = Vector512.LoadUnsafe(ref at0) | Vector512.Create((byte)0x20);
        var next = Vector512.LoadUnsafe(ref Unsafe.Add(ref at0, 1)) | Vector512.Create((byte)0x20);
        var after = Vector512.LoadUnsafe(ref Unsafe.Add(ref at0, 2)) | Vector512.Create((byte)0x20);
        var heads = 0UL;
        foreach (var head in NumberWordHeads)
        {
            heads |= Is(here, head[0]) & Is(next, head[1]) & Is(after, head[2]);
        }
        return heads;
    }
}
