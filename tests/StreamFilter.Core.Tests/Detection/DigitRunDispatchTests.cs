using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

/// <summary>
/// The engine finds digit runs 16 characters a step, with runs crossing blocks and a scalar tail;
/// every maximal run must be offered exactly once, whole, in text order.
/// </summary>
public class DigitRunDispatchTests
{
    /// <summary>Reports every run it is offered as a finding spanning the run.</summary>
    private sealed class RunRecorder : DigitRunDetector
    {
        public override string Id => "run_recorder";

        public override IReadOnlyList<string> EntityTypes { get; } = ["RUN"];

        public override void MatchRun(ReadOnlySpan<char> text, int start, int length, FindingList findings) =>
            findings.Add("RUN", start, start + length, 1f);
    }

    [Fact]
    public void Every_run_is_offered_once_and_whole()
    {
        var engine = new DetectorEngine([new RunRecorder()]);
        using var findings = new FindingList();
        const string alphabet = "0123456789012345678901234567890123456789 a-.:é";
        var random = new Random(3);
        for (var n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, 100)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }
            var text = new string(chars);
            engine.Scan(text, findings);
            Assert.Equal(NaiveRuns(text), findings.AsSpan().ToArray().Select(f => (f.Start, f.End)).ToList());
        }
    }

    private static List<(int Start, int End)> NaiveRuns(string text)
    {
        var runs = new List<(int, int)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            runs.Add((start, i));
        }
        return runs;
    }
}
