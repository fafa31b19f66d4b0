using System.Numerics;

namespace StreamFilter.Core.Detection.Text;

/// <summary>Runs of a character set over the anchor masks: the token detectors' pre-check and run walk.</summary>
internal sealed partial class TextAnchors
{
    /// <summary>
    /// True when the text holds a run of <see cref="MinTokenRun"/> token characters; looked for once
    /// per text and shared by the token detectors, which all need one.
    /// </summary>
    public bool HasTokenRun
    {
        get
        {
            if (_hasTokenRun == 0)
            {
                _hasTokenRun = TryFindRun<TokenBlobChars>(0, MinTokenRun, out _, out _) ? 2 : 1;
            }
            return _hasTokenRun == 2;
        }
    }

    /// <summary>
    /// The first maximal run of at least <paramref name="minLength"/> (1 to 64) characters of
    /// <typeparamref name="TSet"/> that starts at or after <paramref name="from"/> (a run under way at
    /// <paramref name="from"/> counts from there). Ordinary prose has no 18-character words, so token
    /// detectors skip most texts after a few bit operations per 64 characters.
    /// </summary>
    public bool TryFindRun<TSet>(int from, int minLength, out int start, out int end)
        where TSet : struct, IAnchorSet
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minLength, BlockLength);
        var blocks = Blocks;
        for (var b = Math.Max(0, from) / BlockLength; b < blocks.Length; b++)
        {
            var members = TSet.Members(blocks[b]);
            if (b == from / BlockLength)
            {
                members &= ulong.MaxValue << (from % BlockLength);
            }
            var next = b + 1 < blocks.Length ? TSet.Members(blocks[b + 1]) : 0;
            if (BitOperations.PopCount(members) + BitOperations.PopCount(next) < minLength)
            {
                // Too few members in the two blocks for a run starting in the first: most texts
                // have no five dashes in a row, let alone a PEM armour line.
                continue;
            }
            // The first long-enough run found in block order starts at its lowest bit: a run starting
            // in an earlier block would have shown there, since two blocks hold any 64-character window.
            var starts = RunStarts(members, next, minLength);
            if (starts != 0)
            {
                start = b * BlockLength + BitOperations.TrailingZeroCount(starts);
                end = Math.Min(Length, NextPosition<TSet>(start, member: false));
                return true;
            }
        }
        (start, end) = (0, 0);
        return false;
    }

    /// <summary>
    /// Bit i set when bits i to i + <paramref name="length"/> - 1 of the 128 bits
    /// <paramref name="next"/>:<paramref name="mask"/> are all set (1 &lt;= length &lt;= 64): doubling
    /// shifts, so 18 costs five shift-and steps instead of eighteen.
    /// </summary>
    private static ulong RunStarts(ulong mask, ulong next, int length)
    {
        var covered = 1;
        while (covered * 2 <= length)
        {
            mask &= (mask >> covered) | (next << (BlockLength - covered));
            next &= next >> covered;
            covered *= 2;
        }
        if (covered < length)
        {
            var rest = length - covered;
            mask &= (mask >> rest) | (next << (BlockLength - rest));
        }
        return mask;
    }

    /// <summary>The first character of <typeparamref name="TSet"/> at or after <paramref name="from"/>, or -1.</summary>
    public int IndexOf<TSet>(int from)
        where TSet : struct, IAnchorSet
    {
        if ((uint)from >= (uint)Length)
        {
            return -1;
        }
        // Bits past the end are clear, so only "none" lands there.
        var at = NextPosition<TSet>(from, member: true);
        return at < Length ? at : -1;
    }

    /// <summary>The first position at or after <paramref name="from"/> whose membership is <paramref name="member"/>; past the end when none.</summary>
    private int NextPosition<TSet>(int from, bool member)
        where TSet : struct, IAnchorSet
    {
        var blocks = Blocks;
        var b = from / BlockLength;
        var flip = member ? 0UL : ulong.MaxValue;
        var bits = (TSet.Members(blocks[b]) ^ flip) & (ulong.MaxValue << (from % BlockLength));
        while (bits == 0)
        {
            if (++b == blocks.Length)
            {
                return b * BlockLength;
            }
            bits = TSet.Members(blocks[b]) ^ flip;
        }
        return b * BlockLength + BitOperations.TrailingZeroCount(bits);
    }
}
