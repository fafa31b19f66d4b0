namespace StreamFilter.Core.Keystrokes;

/// <summary>How a key affects the rebuilt text.</summary>
internal enum KeyKind : byte
{
    /// <summary>Inserts characters at the cursor.</summary>
    Text,

    /// <summary>Deletes the character before the cursor.</summary>
    Backspace,

    /// <summary>Deletes the character after the cursor.</summary>
    Delete,

    ArrowLeft,
    ArrowRight,
    Home,
    End,

    /// <summary>Enter, Tab, Escape, vertical moves and shortcuts: the typed segment ends.</summary>
    SegmentEnd,

    /// <summary>A key that neither edits nor moves (Shift, F5, CapsLock): passes through in order.</summary>
    Inert,
}
