namespace StreamFilter.Core.Keystrokes;

/// <summary>Reads the <c>modifiers</c> of a key event.</summary>
public static class KeyModifiers
{
    /// <summary>
    /// True when a modifier turns the key into a shortcut (Ctrl, Alt, Meta/Cmd/Win/Super). Shift only
    /// changes the character (see <see cref="IsShifted"/>).
    /// </summary>
    public static bool IsShortcut(IReadOnlyList<string> modifiers) => (Read(modifiers) & Flags.Shortcut) != 0;

    /// <summary>True when Shift (or ShiftLeft/ShiftRight) was held.</summary>
    public static bool IsShifted(IReadOnlyList<string> modifiers) => (Read(modifiers) & Flags.Shift) != 0;

    [Flags]
    internal enum Flags : byte
    {
        None = 0,
        Shortcut = 1,
        Shift = 2,
    }

    /// <summary>Both flags in one pass over the list (most key events have none).</summary>
    internal static Flags Read(IReadOnlyList<string> modifiers)
    {
        ArgumentNullException.ThrowIfNull(modifiers);
        var flags = Flags.None;
        // Indexed: a foreach through the interface would allocate an enumerator for every key.
        for (var i = 0; i < modifiers.Count; i++)
        {
            var m = modifiers[i];
            if (m.Equals("Ctrl", StringComparison.OrdinalIgnoreCase) || m.Equals("Control", StringComparison.OrdinalIgnoreCase)
                || m.Equals("Alt", StringComparison.OrdinalIgnoreCase) || m.Equals("Meta", StringComparison.OrdinalIgnoreCase)
                || m.Equals("Cmd", StringComparison.OrdinalIgnoreCase) || m.Equals("Command", StringComparison.OrdinalIgnoreCase)
                || m.Equals("Win", StringComparison.OrdinalIgnoreCase) || m.Equals("Super", StringComparison.OrdinalIgnoreCase))
            {
                flags |= Flags.Shortcut;
            }
            else if (m.StartsWith("Shift", StringComparison.OrdinalIgnoreCase))
            {
                flags |= Flags.Shift;
            }
        }
        return flags;
    }
}
