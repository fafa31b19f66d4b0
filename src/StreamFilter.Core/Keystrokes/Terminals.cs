namespace StreamFilter.Core.Keystrokes;

/// <summary>Whether the focused window is a terminal, where a secret prompt's answer is typed as a plain line.</summary>
internal static class Terminals
{
    private static readonly string[] AppNames =
    [
        "term", "konsole", "alacritty", "kitty", "wezterm", "hyper", "putty", "powershell", "pwsh", "cmd.exe",
        "command prompt", "tilix", "warp", "conhost", "mintty", "tabby", "ghostty", "guake", "yakuake", "termius",
    ];

    private static readonly string[] TitleMarks = ["bash", "zsh", "fish", "powershell", "cmd.exe", "ssh "];

    /// <summary>
    /// By the application ("Terminal", "iTerm2", "gnome-terminal", "Windows Terminal", "cmd"), the field
    /// role ("terminal"), or a shell's window title ("bash", "user@host: ~/src").
    /// </summary>
    public static bool Is(string? app, string? title, string? field)
    {
        if (field is not null && field.Contains("terminal", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (app is not null && (app.Equals("cmd", StringComparison.OrdinalIgnoreCase) || ContainsAny(app, AppNames)))
        {
            return true;
        }
        return title is not null && (ContainsAny(title, TitleMarks) || IsShellPrompt(title));
    }

    private static bool ContainsAny(string s, string[] parts)
    {
        foreach (var p in parts)
        {
            if (s.Contains(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"user@host:" or "user@host ~": a shell's prompt shown as the title.</summary>
    private static bool IsShellPrompt(string title)
    {
        var at = title.IndexOf('@');
        if (at <= 0 || !char.IsLetterOrDigit(title[at - 1]))
        {
            return false;
        }
        var i = at + 1;
        while (i < title.Length && (char.IsLetterOrDigit(title[i]) || title[i] is '-' or '.' or '_'))
        {
            i++;
        }
        return i > at + 1 && i < title.Length && title[i] == ':' && !title.AsSpan(at + 1, i - at - 1).Contains('.');
    }
}
