namespace StreamFilter.Core.Keystrokes;

/// <summary>Maps the <c>key</c> field of an event to its effect on the text.</summary>
internal static class KeyClassifier
{
    public static KeyKind Classify(KeystrokeEvent e)
    {
        var key = e.Key;
        if (e.Shortcut)
        {
            // Ctrl+V, Ctrl+Backspace, Alt+Tab...: the text changes in ways we cannot rebuild, so a
            // boundary goes in rather than guessing.
            return KeyKind.FieldEnd;
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
            "Enter" or "Return" => KeyKind.Enter,
            "Tab" or "Escape" or "ArrowUp" or "ArrowDown" or "PageUp" or "PageDown" => KeyKind.FieldEnd,
            _ => KeyKind.Inert,
        };
    }

    /// <summary>
    /// The text a <see cref="KeyKind.Text"/> key inserts. A collector that reports the physical key
    /// with a Shift modifier ("p" + Shift) typed "P": what the screen showed is what a detector must
    /// see. Only letters are shifted: digits and punctuation move between layouts (AZERTY types digits
    /// with Shift), and turning a typed "1" into "!" would hide the digits of a value.
    /// </summary>
    public static string TextOf(KeystrokeEvent e)
    {
        var key = e.Key;
        if (key.Length != 1)
        {
            return key == "Space" ? " " : key;
        }
        return e.Shift && char.IsAsciiLetterLower(key[0]) ? UpperLetters[key[0] - 'a'] : key;
    }

    /// <summary>"A".."Z", so a shifted key allocates nothing.</summary>
    private static readonly string[] UpperLetters = [.. Enumerable.Range('A', 26).Select(c => ((char)c).ToString())];
}
