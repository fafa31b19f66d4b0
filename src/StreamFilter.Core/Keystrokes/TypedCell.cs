namespace StreamFilter.Core.Keystrokes;

/// <summary>
/// One UTF-16 unit of rebuilt text and the key event that typed it. Deleted characters stay as
/// tombstones until their key is decided: a key stream shows deleted keys too, so a wrong digit typed
/// inside an SSN and then erased must be masked like the rest of the SSN.
/// </summary>
internal struct TypedCell
{
    /// <summary>
    /// The key id of a field boundary (Tab, a focus change, a shortcut): typed by no key, always
    /// decided. The next field may continue a value (a card typed in four boxes).
    /// </summary>
    public const long BoundaryKeyId = -1;

    /// <summary>The key id of a line end (Enter): a boundary after which a value is complete, though context may still follow.</summary>
    public const long LineEndKeyId = -2;

    public char Char;

    /// <summary>The session-local id of the key event that typed this character.</summary>
    public long KeyId;

    public bool Deleted;

    /// <summary>Set (and never cleared) once any scan found this character inside a value.</summary>
    public string? Entity;

    /// <summary>A field boundary: shown to the detectors as a space, never crossed by editing keys.</summary>
    public readonly bool IsBoundary => KeyId < 0;
}
