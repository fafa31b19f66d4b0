using StreamFilter.Core.Detection;
using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Keystrokes;

/// <summary>
/// What every session of one stage shares while deciding: the rules and reusable buffers, so deciding
/// allocates nothing per key. One per stage; a stage is used by one thread at a time.
/// </summary>
internal sealed class KeystrokeScratch(DetectorEngine engine, KeystrokeOptions options) : IDisposable
{
    private char[] _chars = new char[256];
    private int[] _cellOf = new int[256];
    private char[] _joinedChars = new char[256];
    private int[] _joinedCellOf = new int[256];

    public DetectorEngine Engine { get; set; } = engine;

    public KeystrokeOptions Options { get; set; } = options;

    /// <summary>Optional whole-text judge run when keys are released; null runs the detectors only.</summary>
    public TypedTextJudge? Judge { get; set; }

    public FindingList Findings { get; } = new();

    public char[] Chars => _chars;

    public int[] CellOf => _cellOf;

    /// <summary>The text with field boundaries left out (<see cref="TypedText.BuildJoined"/>), same capacity.</summary>
    public char[] JoinedChars => _joinedChars;

    public int[] JoinedCellOf => _joinedCellOf;

    public void EnsureCapacity(int cells)
    {
        if (_chars.Length < cells)
        {
            var size = Math.Max(cells, _chars.Length * 2);
            _chars = new char[size];
            _cellOf = new int[size];
            _joinedChars = new char[size];
            _joinedCellOf = new int[size];
        }
    }

    public void Dispose() => Findings.Dispose();
}
