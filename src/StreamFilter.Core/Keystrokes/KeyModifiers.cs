namespace StreamFilter.Core.Keystrokes;

/// <summary>Reads the <c>modifiers</c> of a key event.</summary>
public static class KeyModifiers
{
    /// <summary>
    /// True when a modifier turns the key into a shortcut (Ctrl, Alt, Meta/Cmd/Win/Super). Shift only
    /// changes the character, which already arrives as typed.
    /// </summary>
    public static bool IsShortcut(IReadOnlyList<string> modifiers)
    {
        ArgumentNullException.ThrowIfNull(modifiers);
        // Indexed: a foreach through the interface would allocate an enumerator for every key.
        for (var i = 0; i < modifiers.Count; i++)
        {
            var m = modifiers[i];
            if (m.Equals("Ctrl", StringComparison.OrdinalIgnoreCase) || m.Equals("Control", StringComparison.OrdinalIgnoreCase)
                || m.Equals("Alt", StringComparison.OrdinalIgnoreCase) || m.Equals("Meta", StringComparison.OrdinalIgnoreCase)
                || m.Equals("Cmd", StringComparison.OrdinalIgnoreCase) || m.Equals("Command", StringComparison.OrdinalIgnoreCase)
                || m.Equals("Win", StringComparison.OrdinalIgnoreCase) || m.Equals("Super", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
