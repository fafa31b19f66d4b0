using System.Runtime.InteropServices;

namespace StreamFilter.Core.Keystrokes;

/// <summary>
/// The text of a session as the user sees it, rebuilt key by key, with a cursor. The cursor is a cell
/// index (the insertion point); tombstones are skipped when moving or deleting. Fields typed one after
/// another (Tab, Enter, a focus change) stay in one buffer, separated by boundary cells, so a value
/// typed across fields (a card in four boxes) is judged whole; editing keys never cross a boundary,
/// as they never leave their field on screen.
/// </summary>
internal sealed class TypedText
{
    internal enum TrailingBoundary : byte
    {
        None,
        Field,
        LineEnd,
    }

    private readonly List<TypedCell> _cells = [];

    public int Cursor { get; private set; }

    public int CellCount => _cells.Count;

    /// <summary>Boundary cells in the text: zero (the common case) skips every boundary-aware step.</summary>
    public int BoundaryCount { get; private set; }

    public Span<TypedCell> Cells => CollectionsMarshal.AsSpan(_cells);

    public void Insert(string text, long keyId, string? entity = null)
    {
        foreach (var c in text)
        {
            _cells.Insert(Cursor++, new TypedCell { Char = c, KeyId = keyId, Entity = entity });
        }
    }

    /// <summary>
    /// Ends the current field: a boundary at the end of the text (the next field starts after it), the
    /// cursor after it. A boundary right after one (Tab, Tab) adds nothing; it takes the later kind.
    /// </summary>
    /// <param name="lineEnd">Enter: the value before it is complete (see <see cref="TypedCell.LineEndKeyId"/>).</param>
    public void InsertBoundary(bool lineEnd)
    {
        var keyId = lineEnd ? TypedCell.LineEndKeyId : TypedCell.BoundaryKeyId;
        var last = PreviousVisible(_cells.Count, crossBoundaries: true);
        if (last >= 0 && Cells[last].IsBoundary)
        {
            Cells[last].KeyId = keyId;
        }
        else if (last >= 0)
        {
            _cells.Add(new TypedCell { Char = ' ', KeyId = keyId });
            BoundaryCount++;
        }
        Cursor = _cells.Count;
    }

    /// <summary>The boundary the text ends with (the field being typed is empty), if any.</summary>
    public TrailingBoundary Trailing()
    {
        if (BoundaryCount == 0)
        {
            return TrailingBoundary.None;
        }
        var last = PreviousVisible(_cells.Count, crossBoundaries: true);
        return last < 0 || !Cells[last].IsBoundary ? TrailingBoundary.None
            : Cells[last].KeyId == TypedCell.LineEndKeyId ? TrailingBoundary.LineEnd : TrailingBoundary.Field;
    }

    /// <summary>The visible cell Backspace would delete, or -1 (none, or the start of the field).</summary>
    public int BackspaceTarget() => PreviousVisible(Cursor, crossBoundaries: false);

    /// <summary>The visible cell Delete would delete, or -1.</summary>
    public int DeleteTarget() => NextVisible(Cursor, crossBoundaries: false);

    public void MarkDeleted(int cell) => Cells[cell].Deleted = true;

    public void MoveLeft()
    {
        var p = PreviousVisible(Cursor, crossBoundaries: false);
        if (p >= 0)
        {
            Cursor = p;
        }
    }

    public void MoveRight()
    {
        var n = NextVisible(Cursor, crossBoundaries: false);
        if (n >= 0)
        {
            Cursor = n + 1;
        }
    }

    /// <summary>To the start of the field the cursor is in.</summary>
    public void MoveHome()
    {
        var cells = Cells;
        var i = Cursor;
        while (BoundaryCount > 0 && i > 0 && !cells[i - 1].IsBoundary)
        {
            i--;
        }
        Cursor = BoundaryCount > 0 ? i : 0;
    }

    /// <summary>To the end of the field the cursor is in.</summary>
    public void MoveEnd()
    {
        var cells = Cells;
        var i = Cursor;
        while (BoundaryCount > 0 && i < cells.Length && !cells[i].IsBoundary)
        {
            i++;
        }
        Cursor = BoundaryCount > 0 ? i : cells.Length;
    }

    /// <summary>
    /// Copies the visible characters of the current field up to the cursor (at most the last
    /// <paramref name="into"/>.Length of them) to the end of <paramref name="into"/>; returns how many.
    /// </summary>
    public int CopyFieldBeforeCursor(Span<char> into)
    {
        var cells = Cells;
        var n = 0;
        for (var i = Cursor - 1; i >= 0 && n < into.Length; i--)
        {
            if (cells[i].IsBoundary)
            {
                break;
            }
            if (!cells[i].Deleted)
            {
                into[into.Length - 1 - n++] = cells[i].Char;
            }
        }
        return n;
    }

    /// <summary>
    /// Writes the visible characters to <paramref name="text"/> and, for each, its cell index to
    /// <paramref name="cellOf"/>; both must hold <see cref="CellCount"/> items. Returns the length.
    /// Boundaries are written as spaces (a card typed in four boxes reads "4111 1111 1111 1111").
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

    /// <summary>
    /// The visible text with the boundaries left out, as if each field continued the previous one:
    /// "536-22-48" + Tab + "71" reads "536-22-4871". Returns the length, or -1 when no boundary sits
    /// between two characters of a number (digits and its separators) one of which is a digit: joining
    /// "4871" and "Thanks" could make no value, and the second scan is skipped.
    /// </summary>
    public int BuildJoined(Span<char> text, Span<int> cellOf)
    {
        var cells = Cells;
        var n = 0;
        var joins = false;
        var before = '\0';
        var boundaryPending = false;
        for (var i = 0; i < cells.Length; i++)
        {
            ref readonly var c = ref cells[i];
            if (c.Deleted)
            {
                continue;
            }
            if (c.IsBoundary)
            {
                boundaryPending = n > 0;
                continue;
            }
            if (boundaryPending && IsValueChar(before) && IsValueChar(c.Char) && (char.IsAsciiDigit(before) || char.IsAsciiDigit(c.Char)))
            {
                joins = true;
            }
            boundaryPending = false;
            before = c.Char;
            text[n] = c.Char;
            cellOf[n++] = i;
        }
        return joins ? n : -1;
    }

    private static bool IsValueChar(char c) => char.IsAsciiDigit(c) || c is '-' or '.' or '/' or '@' or '_' or '+';

    /// <summary>Forgets the first <paramref name="count"/> cells (already decided and out of context range).</summary>
    public void RemoveFirst(int count)
    {
        if (count <= 0)
        {
            return;
        }
        if (BoundaryCount > 0)
        {
            foreach (ref readonly var c in Cells[..count])
            {
                BoundaryCount -= c.IsBoundary ? 1 : 0;
            }
        }
        _cells.RemoveRange(0, count);
        Cursor = Math.Max(0, Cursor - count);
    }

    public void Clear()
    {
        _cells.Clear();
        Cursor = 0;
        BoundaryCount = 0;
    }

    /// <summary>Rebuilds the text from a snapshot.</summary>
    public void Load(ReadOnlySpan<TypedCell> cells, int cursor)
    {
        _cells.Clear();
        _cells.AddRange(cells);
        Cursor = Math.Clamp(cursor, 0, _cells.Count);
        BoundaryCount = 0;
        foreach (ref readonly var c in cells)
        {
            BoundaryCount += c.IsBoundary ? 1 : 0;
        }
    }

    private int PreviousVisible(int from, bool crossBoundaries)
    {
        var cells = Cells;
        for (var i = from - 1; i >= 0; i--)
        {
            if (cells[i].IsBoundary && !crossBoundaries)
            {
                return -1;
            }
            if (!cells[i].Deleted)
            {
                return i;
            }
        }
        return -1;
    }

    private int NextVisible(int from, bool crossBoundaries)
    {
        var cells = Cells;
        for (var i = from; i < cells.Length; i++)
        {
            if (cells[i].IsBoundary && !crossBoundaries)
            {
                return -1;
            }
            if (!cells[i].Deleted)
            {
                return i;
            }
        }
        return -1;
    }
}
