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
        while (i < text.Length)
        {
            var hit = text[i..].IndexOfAnyInRange('0', '9');
            if (hit < 0)
            {
                return;
            }
            var start = i + hit;
            var length = Chars.DigitRun(text, start);
            foreach (var detector in _byLength[Math.Min(length, Buckets - 1)])
            {
                detector.MatchRun(text, start, length, results);
            }
            i = start + length;
        }
    }
}
