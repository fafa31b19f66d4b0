using System.Runtime.InteropServices;

namespace StreamFilter.Core.Keystrokes;

/// <summary>
/// The text of the current segment as the user sees it, rebuilt key by key, with a cursor. The cursor
/// is a cell index (the insertion point); tombstones are skipped when moving or deleting.
/// </summary>
internal sealed class TypedText
{
    private readonly List<TypedCell> _cells = [];

    public int Cursor { get; private set; }

    public int CellCount => _cells.Count;

    public Span<TypedCell> Cells => CollectionsMarshal.AsSpan(_cells);

    public void Insert(string text, long keyId)
    {
        foreach (var c in text)
        {
            _cells.Insert(Cursor++, new TypedCell { Char = c, KeyId = keyId });
        }
    }

    /// <summary>The visible cell Backspace would delete, or -1.</summary>
    public int BackspaceTarget() => PreviousVisible(Cursor);

    /// <summary>The visible cell Delete would delete, or -1.</summary>
    public int DeleteTarget() => NextVisible(Cursor);

    public void MarkDeleted(int cell) => Cells[cell].Deleted = true;

    public void MoveLeft()
    {
        var p = PreviousVisible(Cursor);
        if (p >= 0)
        {
            Cursor = p;
        }
    }

    public void MoveRight()
    {
        var n = NextVisible(Cursor);
        if (n >= 0)
        {
            Cursor = n + 1;
        }
    }

    public void MoveHome() => Cursor = 0;

    public void MoveEnd() => Cursor = _cells.Count;

    /// <summary>
    /// Writes the visible characters to <paramref name="text"/> and, for each, its cell index to
    /// <paramref name="cellOf"/>; both must hold <see cref="CellCount"/> items. Returns the length.
    /// </summary>
    public int BuildVisible(Span<char> text, Span<int> cellOf)
    {
        var cells = Cells;
        var n = 0;
        for (var i = 0; i < cells.Length; i++)
        {
            if (!cells[i].Deleted)
            {
                text[n] = cells[i].Char;
                cellOf[n++] = i;
            }
        }
        return n;
    }

    /// <summary>Forgets the first <paramref name="count"/> cells (already decided and out of context range).</summary>
    public void RemoveFirst(int count)
    {
        if (count <= 0)
        {
            return;
        }
        _cells.RemoveRange(0, count);
        Cursor = Math.Max(0, Cursor - count);
    }

    public void Clear()
    {
        _cells.Clear();
        Cursor = 0;
    }

    /// <summary>Rebuilds the text from a snapshot.</summary>
    public void Load(ReadOnlySpan<TypedCell> cells, int cursor)
    {
        _cells.Clear();
        _cells.AddRange(cells);
        Cursor = Math.Clamp(cursor, 0, _cells.Count);
    }

    private int PreviousVisible(int from)
    {
        var cells = Cells;
        for (var i = from - 1; i >= 0; i--)
        {
            if (!cells[i].Deleted)
            {
                return i;
            }
        }
        return -1;
    }

    private int NextVisible(int from)
    {
        var cells = Cells;
        for (var i = from; i < cells.Length; i++)
        {
            if (!cells[i].Deleted)
            {
                return i;
            }
        }
        return -1;
    }
}
