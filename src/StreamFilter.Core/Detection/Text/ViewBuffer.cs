namespace StreamFilter.Core.Detection.Text;

/// <summary>
/// Text being built for detection, with the original span of every character: character k came from
/// original positions <c>Starts[k]</c> to <c>Ends[k]</c> (exclusive). A finding over view positions
/// [s, e) covers original [Starts[s], Ends[e - 1]), so every original character between, including the
/// dropped invisible ones, is redacted with it. Reused per thread; grows, never shrinks.
/// </summary>
internal sealed class ViewBuffer
{
    private char[] _chars = new char[256];
    private int[] _starts = new int[256];
    private int[] _ends = new int[256];

    public int Length { get; private set; }

    public ReadOnlySpan<char> Text => _chars.AsSpan(0, Length);

    public int StartOf(int index) => _starts[index];

    public int EndOf(int index) => _ends[index];

    public void Reset(int capacity)
    {
        Length = 0;
        if (_chars.Length < capacity)
        {
            var size = Math.Max(capacity, _chars.Length * 2);
            _chars = new char[size];
            _starts = new int[size];
            _ends = new int[size];
        }
    }

    /// <summary>Appends <paramref name="c"/>, which stands for original positions <paramref name="start"/> to <paramref name="end"/>.</summary>
    public void Append(char c, int start, int end)
    {
        if (Length == _chars.Length)
        {
            Grow();
        }
        _chars[Length] = c;
        _starts[Length] = start;
        _ends[Length] = end;
        Length++;
    }

    /// <summary>Appends original characters unchanged, one for one.</summary>
    public void AppendSame(ReadOnlySpan<char> original, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            Append(original[i], i, i + 1);
        }
    }

    private void Grow()
    {
        Array.Resize(ref _chars, _chars.Length * 2);
        Array.Resize(ref _starts, _chars.Length);
        Array.Resize(ref _ends, _chars.Length);
    }
}
