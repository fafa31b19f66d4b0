namespace StreamFilter.Core.Keystrokes;

/// <summary>Maps the <c>key</c> field of an event to its effect on the text.</summary>
internal static class KeyClassifier
{
    public static KeyKind Classify(KeystrokeEvent e)
    {
        var key = e.Key;
        if (e.Shortcut)
        {
            // Ctrl+V, Ctrl+Backspace, Alt+Tab...: the text changes in ways we cannot rebuild, so the
            // segment ends rather than guessing.
            return KeyKind.SegmentEnd;
        }
        if (key.Length == 1 || (key.Length == 2 && char.IsSurrogatePair(key[0], key[1])))
        {
            return KeyKind.Text;
        }
        return key switch
        {
            "Space" => KeyKind.Text,
            "Backspace" => KeyKind.Backspace,
            "Delete" => KeyKind.Delete,
            "ArrowLeft" => KeyKind.ArrowLeft,
            "ArrowRight" => KeyKind.ArrowRight,
            "Home" => KeyKind.Home,
            "End" => KeyKind.End,
            "Enter" or "Tab" or "Escape" or "ArrowUp" or "ArrowDown" or "PageUp" or "PageDown" => KeyKind.SegmentEnd,
            _ => KeyKind.Inert,
        };
    }

    /// <summary>The text a <see cref="KeyKind.Text"/> key inserts.</summary>
    public static string TextOf(string key) => key == "Space" ? " " : key;
}
