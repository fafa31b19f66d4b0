namespace StreamFilter.Core.Keystrokes;

/// <summary>
/// Finds a password label typed just before the cursor in an ordinary text field ("password: ",
/// "Pw=", "DB_PASSWORD=", "my pin is "): what follows, up to the end of the field, is then held and
/// masked as if it were typed into a password field. Case-insensitive; checked only when the key just
/// typed is a ':' or '=' (or the space after "is"), so other keys pay nothing.
/// </summary>
/// <remarks>
/// A short label word counts only at the start of a word ("pass:" but not "compass:", "pin=" but not
/// "spin="); a long one may end a longer name ("wifipassword:", "userPassword="). A value already on
/// the line is the secret detector's (it also sees the whole text); this covers what is still to come.
/// </remarks>
internal static class SecretCue
{
    private static readonly string[] Words = ["password", "passwd", "passphrase", "passcode", "pwd", "pw", "pass", "pin", "otp"];

    /// <summary>Enough of the field for the longest label with its separator and spaces.</summary>
    public const int Window = 32;

    /// <summary>
    /// True when the key just typed is worth looking behind: the separator of a label, or a space
    /// right after "is" (<paramref name="lastThree"/>: the field's last three characters, the key last).
    /// </summary>
    public static bool MayOpen(string typed, ReadOnlySpan<char> lastThree) => typed switch
    {
        ":" or "=" => true,
        " " => lastThree.Length == 3 && lastThree[0] is 'i' or 'I' && lastThree[1] is 's' or 'S',
        _ => false,
    };

    /// <param name="field">The visible text of the current field up to the cursor, the key just typed last.</param>
    public static bool Opens(ReadOnlySpan<char> field)
    {
        if (field.IsEmpty)
        {
            return false;
        }
        var last = field.Length - 1;
        int end;
        if (field[last] is ':' or '=')
        {
            end = last;
        }
        else if (field[last] == ' ' && last >= 3 && field[last - 1] is 's' or 'S' && field[last - 2] is 'i' or 'I' && field[last - 3] == ' ')
        {
            end = last - 3; // "<label> is "
        }
        else
        {
            return false;
        }
        while (end > 0 && field[end - 1] == ' ')
        {
            end--;
        }
        return EndsWithLabel(field[..end]);
    }

    private static bool EndsWithLabel(ReadOnlySpan<char> text)
    {
        foreach (var word in Words)
        {
            if (text.Length < word.Length || !text[^word.Length..].Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var start = text.Length - word.Length;
            if (start == 0 || !char.IsLetterOrDigit(text[start - 1]) || word.Length >= 6)
            {
                return true;
            }
        }
        return false;
    }
}
