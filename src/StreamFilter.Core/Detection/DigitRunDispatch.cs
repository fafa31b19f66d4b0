using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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

    public void OfferRuns(ReadOnlySpan<char> text, FindingList results)
    {
        if (_isEmpty)
        {
            return;
        }
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // 16 characters per step: run starts are digits after non-digits in one bit mask, so
            // the short runs of timestamps and ids cost a few bit operations each instead of two
            // vectorized searches (IndexOfAnyInRange, then IndexOfAnyExceptInRange) per run.
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var previousIsDigit = 0u;
            for (; i + Vector256<ushort>.Count <= text.Length; i += Vector256<ushort>.Count)
            {
                var block = Vector256.LoadUnsafe(ref first, (nuint)i);
                var digits = CharMasks.Digits(block).ExtractMostSignificantBits();
                var starts = digits & ~((digits << 1) | previousIsDigit);
                previousIsDigit = digits >> (Vector256<ushort>.Count - 1);
                while (starts != 0)
                {
                    var k = BitOperations.TrailingZeroCount(starts);
                    var length = BitOperations.TrailingZeroCount(~(digits >> k));
                    if (k + length == Vector256<ushort>.Count)
                    {
                        // The run goes on into the next blocks, whose digits then start no run.
                        length += Chars.DigitRun(text, i + Vector256<ushort>.Count);
                    }
                    Offer(text, i + k, length, results);
                    starts &= starts - 1;
                }
            }
            // A run crossing into the tail has been offered whole.
            while (previousIsDigit != 0 && i < text.Length && Chars.IsDigit(text[i]))
            {
                i++;
            }
        }
        while (i < text.Length)
        {
            var hit = text[i..].IndexOfAnyInRange('0', '9');
            if (hit < 0)
            {
                return;
            }
            var start = i + hit;
            var length = Chars.DigitRun(text, start);
            Offer(text, start, length, results);
            i = start + length;
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
