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

    /// <summary>Enter or Return: the line or field ends (a boundary); in a terminal, a command was run.</summary>
    Enter,

    /// <summary>
    /// Tab, Escape, vertical moves and shortcuts: the cursor leaves the field or the text can no longer
    /// be rebuilt, so a field boundary is put in the text (see <see cref="TypedText.InsertBoundary"/>).
    /// </summary>
    FieldEnd,

    /// <summary>A key that neither edits nor moves (Shift, F5, CapsLock, Insert): passes through in order.</summary>
    Inert,
}
