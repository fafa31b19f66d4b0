using System.Numerics;
using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection;

/// <summary>
/// Finds each run of ASCII digits once and offers it to the digit-run detectors that accept its
/// length (<see cref="DigitRunDetector.RunLengths"/>), in registration order. The per-length lists
/// are built once, so a run costs one table look-up plus a call per interested detector instead of a
/// call per detector: on ordinary work text most runs are the short pieces of timestamps, versions
/// and ids that only two or three detectors can use.
/// </summary>
internal sealed class DigitRunDispatch
{
    private const int Buckets = 64;

    private readonly DigitRunDetector[][] _byLength = new DigitRunDetector[Buckets][];
    private readonly bool _isEmpty;

    public DigitRunDispatch(IEnumerable<DigitRunDetector> detectors)
    {
        var all = detectors.ToArray();
        _isEmpty = all.Length == 0;
        for (var length = 0; length < Buckets; length++)
        {
            _byLength[length] = all.Where(d => d.AcceptsRun(length)).ToArray();
        }
    }

    /// <summary>Offers every maximal digit run of <paramref name="text"/>, found in its <paramref name="anchors"/>.</summary>
    public void OfferRuns(ReadOnlySpan<char> text, TextAnchors anchors, FindingList results)
    {
        if (_isEmpty)
        {
            return;
        }
        // Run starts are digits after non-digits, 64 characters per mask: the short runs of
        // timestamps and ids cost a few bit operations each instead of two vectorized searches
        // (IndexOfAnyInRange, then IndexOfAnyExceptInRange) per run.
        var blocks = anchors.Blocks;
        var previousIsDigit = 0UL;
        for (var b = 0; b < blocks.Length; b++)
        {
            var digits = blocks[b].Digits;
            var starts = digits & ~((digits << 1) | previousIsDigit);
            previousIsDigit = digits >> 63;
            while (starts != 0)
            {
                var k = BitOperations.TrailingZeroCount(starts);
                var length = BitOperations.TrailingZeroCount(~(digits >> k));
                var start = b * 64 + k;
                if (k + length == 64)
                {
                    // The run goes on into the next blocks, whose digits then start no run.
                    length += Chars.DigitRun(text, start + length);
                }
                Offer(text, start, length, results);
                starts &= starts - 1;
            }
        }
    }

    private void Offer(ReadOnlySpan<char> text, int start, int length, FindingList results)
    {
        foreach (var detector in _byLength[Math.Min(length, Buckets - 1)])
        {
            detector.MatchRun(text, start, length, results);
        }
    }
}
