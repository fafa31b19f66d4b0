using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection;

/// <summary>
/// A detector whose candidates start at a run of ASCII digits (SSNs, cards, phones, routing numbers).
/// The engine finds each digit run once and offers it to every such detector, so ten numeric detectors
/// cost one vectorized pass over the text instead of ten.
/// </summary>
public abstract class DigitRunDetector : Detector
{
    /// <summary>
    /// Called for every maximal run of digits, in text order. <paramref name="start"/> is the first digit
    /// and <paramref name="length"/> the run's length; the detector may look before and after it.
    /// </summary>
    public abstract void MatchRun(ReadOnlySpan<char> text, int start, int length, FindingList findings);

    /// <summary>
    /// The run lengths at which this detector can match, one bit per length (bit 63 stands for 63 and
    /// more). The engine offers a run only to the detectors whose mask holds its length: the many
    /// one- and two-digit runs of timestamps and versions never reach the card, bank-account or NPI
    /// detectors, which saves a virtual call and a boundary check per detector and run.
    /// </summary>
    public virtual ulong RunLengths => ulong.MaxValue;

    /// <summary>True when <see cref="RunLengths"/> holds <paramref name="length"/>.</summary>
    public bool AcceptsRun(int length) => (RunLengths & LengthBit(length)) != 0;

    /// <summary>The mask bit of one run length.</summary>
    public static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>A mask holding every length from <paramref name="min"/> to <paramref name="max"/>.</summary>
    protected static ulong LengthRange(int min, int max)
    {
        var mask = 0UL;
        for (var n = min; n <= max; n++)
        {
            mask |= LengthBit(n);
        }
        return mask;
    }

    /// <summary>Standalone scan (tests, single-detector use); the engine calls <see cref="MatchRun"/> directly.</summary>
    public sealed override void Scan(ReadOnlySpan<char> text, FindingList findings)
    {
        var i = 0;
        while (i < text.Length)
        {
            var hit = text[i..].IndexOfAnyInRange('0', '9');
            if (hit < 0)
            {
                return;
            }
            var start = i + hit;
            var length = Chars.DigitRun(text, start);
            // The same filter as the engine's, so tests of a detector alone also check its mask.
            if (AcceptsRun(length))
            {
                MatchRun(text, start, length, findings);
            }
            i = start + length;
        }
    }
}
