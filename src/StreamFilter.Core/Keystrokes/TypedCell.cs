namespace StreamFilter.Core.Keystrokes;

/// <summary>
/// One UTF-16 unit of rebuilt text and the key event that typed it. Deleted characters stay as
/// tombstones until their key is decided: a key stream shows deleted keys too, so a wrong digit typed
/// inside an SSN and then erased must be masked like the rest of the SSN.
/// </summary>
internal struct TypedCell
{
    public char Char;

    /// <summary>The session-local id of the key event that typed this character.</summary>
    public long KeyId;

    public bool Deleted;

    /// <summary>Set (and never cleared) once any scan found this character inside a value.</summary>
    public string? Entity;
}
