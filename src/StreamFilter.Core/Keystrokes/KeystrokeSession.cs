using System.Runtime.InteropServices;
using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Keystrokes;

/// <summary>
/// One typing session: the rebuilt text of the current segment, the focus it was typed in, and the
/// queue of key events not yet emitted. Keys leave the queue strictly in arrival order.
/// </summary>
internal sealed class KeystrokeSession(SessionKey key)
{
    internal readonly TypedText Text = new();
    internal readonly List<HeldKey> Held = [];
    internal int Head;

    public SessionKey Key { get; } = key;

    public DateTimeOffset LastEventTime { get; set; }

    public LinkedListNode<KeystrokeSession>? LruNode { get; set; }

    public bool InIdleQueue { get; set; }

    public bool Removed { get; set; }

    /// <summary>The stage's changed-sessions round in which this session was last marked changed.</summary>
    public long ChangedRound { get; set; }

    internal long NextKeyId { get; set; }

    internal (string? App, string? Title, string? Field) Focus { get; set; }

    public int HeldCount => Held.Count - Head;

    public void Accept(KeystrokeEvent e, KeystrokeScratch scratch, IKeystrokeDecisionSink sink)
    {
        var focus = (e.App, e.WindowTitle, e.Field);
        if (focus != Focus)
        {
            Release(ReleaseMode.SegmentEnd, scratch, sink);
            Focus = focus;
        }
        var id = NextKeyId++;
        var held = new HeldKey { Event = e, Id = id, Ready = true };
        if (string.Equals(e.Field, "password", StringComparison.OrdinalIgnoreCase))
        {
            // Never rebuilt, never scanned: the whole field is secret.
            held.Password = true;
            Held.Add(held);
        }
        else
        {
            Apply(KeyClassifier.Classify(e), ref held, scratch, sink);
            Held.Add(held);
        }
        Release(ReleaseMode.Boundary, scratch, sink);
        if (HeldCount > scratch.Options.MaxKeysPerSession)
        {
            Release(ReleaseMode.Limit, scratch, sink);
        }
    }

    private void Apply(KeyKind kind, ref HeldKey held, KeystrokeScratch scratch, IKeystrokeDecisionSink sink)
    {
        switch (kind)
        {
            case KeyKind.Text:
                Text.Insert(KeyClassifier.TextOf(held.Event.Key), held.Id);
                held.Ready = false;
                break;
            case KeyKind.Backspace:
                Erase(Text.BackspaceTarget(), scratch);
                break;
            case KeyKind.Delete:
                Erase(Text.DeleteTarget(), scratch);
                break;
            case KeyKind.ArrowLeft:
                Text.MoveLeft();
                break;
            case KeyKind.ArrowRight:
                Text.MoveRight();
                break;
            case KeyKind.Home:
                Text.MoveHome();
                break;
            case KeyKind.End:
                Text.MoveEnd();
                break;
            case KeyKind.SegmentEnd:
                Release(ReleaseMode.SegmentEnd, scratch, sink);
                break;
        }
    }

    private void Erase(int cell, KeystrokeScratch scratch)
    {
        if (cell < 0)
        {
            return;
        }
        if (HeldCount > 0 && Text.Cells[cell].KeyId >= Held[Head].Id)
        {
            // The key stream will still show the erased key: if the text is a value right now
            // (typed in full, then partly erased), its keys must stay marked.
            MarkFindings(BuildVisible(scratch), scratch);
        }
        Text.MarkDeleted(cell);
    }

    public void Release(ReleaseMode mode, KeystrokeScratch scratch, IKeystrokeDecisionSink sink)
    {
        if (HeldCount == 0)
        {
            if (mode == ReleaseMode.SegmentEnd)
            {
                Text.Clear();
            }
            return;
        }
        var visible = BuildVisible(scratch);
        var cellCount = Text.CellCount;
        var heldVisible = HoldbackBoundary.HeldFrom(visible);
        var cells = Text.Cells;
        var heldCell = heldVisible < visible.Length ? scratch.CellOf[heldVisible] : cellCount;
        while (heldCell < cellCount && heldCell > 0 && cells[heldCell - 1].Deleted)
        {
            heldCell--; // keys erased right before the held part stay with it ("9", Backspace, "536-...")
        }
        var releaseCell = mode == ReleaseMode.Boundary ? heldCell : cellCount;
        var headId = Held[Head].Id;
        if (HasUndecided(cells[..releaseCell], headId))
        {
            string? judged = null;
            if (mode != ReleaseMode.Evict)
            {
                MarkFindings(visible, scratch);
                MarkErasedNeighbours(cells);
                // The text as a whole (the released part with its context): classified once per release.
                judged = scratch.Judge?.Invoke(visible);
            }
            for (var i = 0; i < releaseCell; i++)
            {
                ref readonly var cell = ref cells[i];
                if (cell.KeyId < headId)
                {
                    continue;
                }
                ref var key = ref CollectionsMarshal.AsSpan(Held)[Head + (int)(cell.KeyId - headId)];
                key.Ready = true;
                key.Entity ??= cell.Entity;
                key.ForcedReason ??= mode switch
                {
                    ReleaseMode.Evict => KeystrokeReasons.SessionEvicted,
                    ReleaseMode.Limit when i >= heldCell => KeystrokeReasons.HoldbackLimit,
                    _ => judged,
                };
            }
        }
        EmitReady(scratch, sink);
        if (mode is ReleaseMode.SegmentEnd or ReleaseMode.Evict)
        {
            Text.Clear();
        }
        else
        {
            Text.RemoveFirst(ContextCut(cells[..releaseCell]));
        }
    }

    private ReadOnlySpan<char> BuildVisible(KeystrokeScratch scratch)
    {
        scratch.EnsureCapacity(Text.CellCount);
        var n = Text.BuildVisible(scratch.Chars, scratch.CellOf);
        return scratch.Chars.AsSpan(0, n);
    }

    private static bool HasUndecided(ReadOnlySpan<TypedCell> cells, long headId)
    {
        foreach (ref readonly var c in cells)
        {
            if (c.KeyId >= headId)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Marks every cell inside a finding, erased ones between its characters included.</summary>
    private void MarkFindings(ReadOnlySpan<char> visible, KeystrokeScratch scratch)
    {
        scratch.Engine.Scan(visible, scratch.Findings);
        var cells = Text.Cells;
        foreach (var f in scratch.Findings.AsSpan())
        {
            var last = scratch.CellOf[f.End - 1];
            for (var i = scratch.CellOf[f.Start]; i <= last; i++)
            {
                cells[i].Entity ??= f.EntityType;
            }
        }
    }

    /// <summary>
    /// An erased character next to a value (ignoring other erased ones) was a wrong attempt at that
    /// value: "536-22-48719" then Backspace still showed a ninth digit to the key stream. Fail closed.
    /// </summary>
    private static void MarkErasedNeighbours(Span<TypedCell> cells)
    {
        string? left = null;
        for (var i = 0; i < cells.Length; i++)
        {
            if (!cells[i].Deleted)
            {
                left = cells[i].Entity;
            }
            else
            {
                cells[i].Entity ??= left;
            }
        }
        string? right = null;
        for (var i = cells.Length - 1; i >= 0; i--)
        {
            if (!cells[i].Deleted)
            {
                right = cells[i].Entity;
            }
            else
            {
                cells[i].Entity ??= right;
            }
        }
    }

    /// <summary>How many decided cells can be forgotten while keeping enough text before the held part
    /// for context words (<see cref="DetectorEngine.ContextWindowBefore"/> visible characters).</summary>
    private static int ContextCut(ReadOnlySpan<TypedCell> decided)
    {
        var keep = 0;
        for (var i = decided.Length - 1; i >= 0; i--)
        {
            if (!decided[i].Deleted && ++keep == DetectorEngine.ContextWindowBefore)
            {
                return i;
            }
        }
        return 0;
    }

    private void EmitReady(KeystrokeScratch scratch, IKeystrokeDecisionSink sink)
    {
        while (Head < Held.Count && Held[Head].Ready)
        {
            sink.Decided(Decide(Held[Head], scratch));
            Held[Head] = default;
            Head++;
        }
        if (Head == Held.Count)
        {
            Held.Clear();
            Head = 0;
        }
        else if (Head > 64 && Head * 2 > Held.Count)
        {
            Held.RemoveRange(0, Head);
            Head = 0;
        }
    }

    private static KeystrokeDecision Decide(in HeldKey key, KeystrokeScratch scratch)
    {
        if (key.Password)
        {
            return new(key.Event, KeyVerdict.Drop, KeystrokeReasons.PasswordField, null);
        }
        var hidden = scratch.Options.DropSensitiveKeys ? KeyVerdict.Drop : KeyVerdict.Mask;
        if (key.Entity is not null)
        {
            return new(key.Event, hidden, KeystrokeReasons.SensitiveValue, key.Entity);
        }
        return key.ForcedReason is not null
            ? new(key.Event, hidden, key.ForcedReason, null)
            : new(key.Event, KeyVerdict.Forward, null, null);
    }
}
