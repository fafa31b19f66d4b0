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
            MatchRun(text, start, length, findings);
            i = start + length;
        }
    }
}
