using System.Runtime.InteropServices;
using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Keystrokes;

/// <summary>
/// One typing session: the rebuilt text (its fields separated by boundaries), the focus it is typed
/// in, what that focus and the text so far make secret, and the queue of key events not yet emitted.
/// Keys leave the queue strictly in arrival order.
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

    internal (string? App, string? Title, string? Field) Focus { get; private set; }

    /// <summary>The focused field is a password, credential or card field (from <see cref="Focus"/>).</summary>
    internal bool SecretField { get; private set; }

    /// <summary>The focused window is a terminal (from <see cref="Focus"/>).</summary>
    internal bool Terminal { get; private set; }

    /// <summary>A password label was typed in this field ("password: "): its text up to the next boundary is secret.</summary>
    internal bool SecretToBoundary { get; set; }

    /// <summary>Text was typed since the label: the secret ends at the next boundary (else it carries into the next field).</summary>
    internal bool SecretTyped { get; set; }

    /// <summary>Terminal lines still to come that answer a secret prompt (sudo, passwd...).</summary>
    internal int SecretLines { get; set; }

    /// <summary>The last idle flush kept a partial value: the next deadline is the holdback bound.</summary>
    internal bool PartialHeld { get; set; }

    public int HeldCount => Held.Count - Head;

    /// <summary>When the oldest undecided key was typed (the holdback bound counts from it).</summary>
    public DateTimeOffset HeadTime => Held[Head].Event.Timestamp;

    /// <summary>Sets the focus and what it implies (also on restore).</summary>
    internal void SetFocus((string? App, string? Title, string? Field) focus)
    {
        Focus = focus;
        SecretField = SecretFields.Is(focus.Field);
        Terminal = Terminals.Is(focus.App, focus.Title, focus.Field);
    }

    public void Accept(KeystrokeEvent e, KeystrokeScratch scratch, IKeystrokeDecisionSink sink)
    {
        var focus = (e.App, e.WindowTitle, e.Field);
        if (focus != Focus)
        {
            ChangeFocus(focus);
        }
        PartialHeld = false;
        var id = NextKeyId++;
        var held = new HeldKey { Event = e, Id = id, Ready = true };
        var kind = KeyClassifier.Classify(e);
        if (SecretField || (SecretLines > 0 && Terminal && kind != KeyKind.Enter))
        {
            // Never rebuilt, never scanned: the whole field (or the prompt's answer) is secret.
            held.Password = true;
        }
        else
        {
            Apply(kind, ref held, scratch);
        }
        Held.Add(held);
        var lineEnd = kind == KeyKind.Enter && !held.Password;
        Release(lineEnd ? ReleaseMode.LineEnd : ReleaseMode.Boundary, scratch, sink);
        if (lineEnd && HeldCount == 0)
        {
            // A line ended with nothing held: no value is pending, so no later line can need it as
            // context or continuation. Starting afresh keeps each key's rebuild and scans short.
            Text.Clear();
        }
        if (HeldCount > scratch.Options.MaxKeysPerSession)
        {
            Release(ReleaseMode.Limit, scratch, sink);
        }
    }

    /// <summary>
    /// A window-title change alone (a page or a notification retitling the window, an editor's
    /// modified marker) does not move the cursor: the text goes on as one. A change of application or
    /// field kind ends the field: a boundary, so the held tail of a value stays with what follows.
    /// </summary>
    private void ChangeFocus((string? App, string? Title, string? Field) focus)
    {
        if (!string.Equals(focus.App, Focus.App, StringComparison.Ordinal) || !string.Equals(focus.Field, Focus.Field, StringComparison.Ordinal))
        {
            EndField(lineEnd: false);
        }
        SetFocus(focus);
    }

    private void Apply(KeyKind kind, ref HeldKey held, KeystrokeScratch scratch)
    {
        switch (kind)
        {
            case KeyKind.Text:
                InsertText(ref held);
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
            case KeyKind.Enter:
                if (SecretLines > 0 && Terminal)
                {
                    SecretLines--; // the prompt's answer ends
                }
                else if (Terminal)
                {
                    SecretLines = PromptedLines();
                }
                EndField(lineEnd: true);
                break;
            case KeyKind.FieldEnd:
                EndField(lineEnd: false);
                break;
        }
    }

    private void InsertText(ref HeldKey held)
    {
        var text = KeyClassifier.TextOf(held.Event);
        held.Ready = false;
        if (SecretToBoundary)
        {
            SecretTyped = true;
            Text.Insert(text, held.Id, EntityType.Password);
            return;
        }
        Text.Insert(text, held.Id);
        if (text is ":" or "=" or " ")
        {
            Span<char> field = stackalloc char[SecretCue.Window];
            var three = Text.CopyFieldBeforeCursor(field[^3..]);
            if (SecretCue.MayOpen(text, field[^three..]))
            {
                var n = Text.CopyFieldBeforeCursor(field);
                if (SecretCue.Opens(field[^n..]))
                {
                    SecretToBoundary = true;
                    SecretTyped = false;
                }
            }
        }
    }

    /// <summary>The command line just ended by Enter, read for a program that prompts for a secret.</summary>
    private int PromptedLines()
    {
        Span<char> line = stackalloc char[SecretPrompt.Window];
        Text.MoveEnd();
        var n = Text.CopyFieldBeforeCursor(line);
        return SecretPrompt.LinesAfter(line[^n..]);
    }

    /// <summary>
    /// Tab, Enter, a focus change: the next keys go to another field. A password label with nothing
    /// typed after it yet ("Password:" then Tab) still makes the next field secret.
    /// </summary>
    private void EndField(bool lineEnd)
    {
        Text.InsertBoundary(lineEnd);
        if (SecretTyped)
        {
            SecretToBoundary = false;
            SecretTyped = false;
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

    /// <param name="now">The event time of the release (idle flushes compare it with the holdback bound).</param>
    public void Release(ReleaseMode mode, KeystrokeScratch scratch, IKeystrokeDecisionSink sink, DateTimeOffset now = default)
    {
        if (HeldCount == 0)
        {
            if (mode == ReleaseMode.Evict)
            {
                Text.Clear();
            }
            return;
        }
        var visible = BuildVisible(scratch);
        var cellCount = Text.CellCount;
        var trailing = Text.Trailing();
        var heldVisible = HoldbackBoundary.HeldFrom(visible, trailing != TypedText.TrailingBoundary.None);
        var cells = Text.Cells;
        var heldCell = heldVisible < visible.Length ? scratch.CellOf[heldVisible] : cellCount;
        while (heldCell < cellCount && heldCell > 0 && cells[heldCell - 1].Deleted)
        {
            heldCell--; // keys erased right before the held part stay with it ("9", Backspace, "536-...")
        }
        var releaseCell = mode == ReleaseMode.Boundary ? heldCell : cellCount;
        var headId = Held[Head].Id;
        var scanned = false;
        if (mode is ReleaseMode.Idle or ReleaseMode.LineEnd or ReleaseMode.End && heldVisible < visible.Length
            && PartialValue.Could(Unfound(visible, heldVisible, scratch, ref scanned), lastOpen: trailing != TypedText.TrailingBoundary.LineEnd))
        {
            if (mode == ReleaseMode.LineEnd || (mode == ReleaseMode.Idle && now - HeadTime < scratch.Options.MaxHoldback))
            {
                releaseCell = heldCell; // still held: it may yet be completed or get its context
                PartialHeld = true;
            }
            else
            {
                MaskPartialTokens(visible, heldVisible, headId, scratch);
            }
        }
        if (HasUndecided(cells[..releaseCell], headId))
        {
            string? judged = null;
            if (mode != ReleaseMode.Evict)
            {
                if (!scanned)
                {
                    MarkFindings(visible, scratch);
                }
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
        if (mode == ReleaseMode.Evict)
        {
            Text.Clear();
        }
        else
        {
            Text.RemoveFirst(ContextCut(cells[..releaseCell]));
        }
    }

    /// <summary>
    /// The held text with the characters of values already found blanked out: a detected SSN is
    /// masked whatever follows, so it need not wait for more keys (only what no detector has claimed
    /// yet may still become a value). Scans once; <paramref name="scanned"/> says so to the caller.
    /// </summary>
    private ReadOnlySpan<char> Unfound(ReadOnlySpan<char> visible, int from, KeystrokeScratch scratch, ref bool scanned)
    {
        MarkFindings(visible, scratch);
        scanned = true;
        var cells = Text.Cells;
        var held = scratch.JoinedChars.AsSpan(0, visible.Length - from);
        for (var i = 0; i < held.Length; i++)
        {
            held[i] = cells[scratch.CellOf[from + i]].Entity is null ? visible[from + i] : 'x';
        }
        return held;
    }

    /// <summary>
    /// A partial value released before it is known: every held token that could be part of it (digits,
    /// an email's '@', an IBAN's start) is masked, erased keys between its characters included; the
    /// words around it are judged as usual.
    /// </summary>
    private void MaskPartialTokens(ReadOnlySpan<char> visible, int from, long headId, KeystrokeScratch scratch)
    {
        var cells = Text.Cells;
        var held = CollectionsMarshal.AsSpan(Held);
        var start = from;
        for (var i = from; i <= visible.Length; i++)
        {
            if (i < visible.Length && !char.IsWhiteSpace(visible[i]))
            {
                continue;
            }
            if (i > start && PartialValue.IsValueToken(visible[start..i]))
            {
                for (var c = scratch.CellOf[start]; c <= scratch.CellOf[i - 1]; c++)
                {
                    if (cells[c].KeyId >= headId)
                    {
                        held[Head + (int)(cells[c].KeyId - headId)].ForcedReason ??= KeystrokeReasons.PartialValue;
                    }
                }
            }
            start = i + 1;
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

    /// <summary>
    /// Marks every cell inside a finding, erased ones between its characters included. With fields in
    /// the text, the text is also scanned with the boundaries left out, so a value whose parts were
    /// typed in separate boxes ("536-22" Tab "-4871") is found too.
    /// </summary>
    private void MarkFindings(ReadOnlySpan<char> visible, KeystrokeScratch scratch)
    {
        Mark(visible, scratch.CellOf, scratch);
        if (Text.BoundaryCount > 0)
        {
            var n = Text.BuildJoined(scratch.JoinedChars, scratch.JoinedCellOf);
            if (n >= 0)
            {
                Mark(scratch.JoinedChars.AsSpan(0, n), scratch.JoinedCellOf, scratch);
            }
        }
    }

    private void Mark(ReadOnlySpan<char> text, int[] cellOf, KeystrokeScratch scratch)
    {
        scratch.Engine.Scan(text, scratch.Findings);
        var cells = Text.Cells;
        foreach (var f in scratch.Findings.AsSpan())
        {
            var last = cellOf[f.End - 1];
            for (var i = cellOf[f.Start]; i <= last; i++)
            {
                if (!cells[i].IsBoundary)
                {
                    cells[i].Entity ??= f.EntityType;
                }
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
