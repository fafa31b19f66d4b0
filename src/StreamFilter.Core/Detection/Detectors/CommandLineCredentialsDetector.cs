using System.Buffers;
using System.Numerics;
using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// Passwords on command lines. <c>user:password</c> after a user option (<c>curl -u elastic:P@ss</c>,
/// <c>--user 'api:key'</c>, <c>--user=admin:pw</c>; numeric pairs such as <c>docker run -u 1000:1000</c>
/// and shell variables are skipped), and the password options of the commands in
/// <see cref="CommandLinePasswordOptions"/> (<c>mysql -pS3cret</c>, <c>docker login -p S3cret</c>,
/// <c>sshpass -p S3cret</c>, <c>echo S3cret | docker login --password-stdin</c>), where the option counts only
/// when a word of the same command names the tool, so <c>mkdir -p</c> and <c>ssh -p 2222</c> stay.
/// Anchored on the dashes of the shared anchor masks: texts without an option cost no search.
/// </summary>
public sealed class CommandLineCredentialsDetector : AnchoredDetector
{
    internal const float Score = 0.8f;

    private const int MaxSegment = 256;

    private static readonly IReadOnlyList<string> Types = [EntityType.Password];

    private static readonly SearchValues<char> ValueEnd = SearchValues.Create(" \t\r\n\"'`;|&<>()");

    /// <summary>Characters that end one command of a line: pipes, lists, substitutions.</summary>
    private static readonly SearchValues<char> CommandBreaks = SearchValues.Create("\n\r|;&`(");

    /// <summary>The table's options by the character after their first dash: an option dash is compared with its few.</summary>
    private static readonly CommandLinePasswordOption[][] OptionsByLetter = Enumerable.Range(0, 128)
        .Select(c => CommandLinePasswordOptions.All.Where(o => o.Option[1] == c).ToArray()).ToArray();

    public override string Id => "command_line_credentials";

    public override IReadOnlyList<string> EntityTypes => Types;

    /// <summary>The first option dash (a '-' starting a word) at or after <paramref name="from"/>, or -1.</summary>
    private static int NextOption(ReadOnlySpan<char> text, TextAnchors anchors, int from)
    {
        var blocks = anchors.Blocks;
        for (var b = from / 64; b < blocks.Length; b++)
        {
            var dashes = blocks[b].Dash;
            if (b * 64 < from)
            {
                dashes &= ulong.MaxValue << (from - b * 64);
            }
            for (; dashes != 0; dashes &= dashes - 1)
            {
                var at = b * 64 + BitOperations.TrailingZeroCount(dashes);
                if (at > 0 && at + 1 < text.Length && text[at - 1] is ' ' or '\t' && text[at + 1] != ' ')
                {
                    return at;
                }
            }
        }
        return -1;
    }

    /// <summary>At an option dash: " -u" or " --user" followed by ' ', '=', or a quote; gives the position after the name.</summary>
    private static bool TryUserOptionEnd(ReadOnlySpan<char> text, int at, out int end)
    {
        end = 0;
        var rest = text[at..];
        var nameEnd = rest.StartsWith("--user", StringComparison.Ordinal) ? at + 6 : rest.StartsWith("-u", StringComparison.Ordinal) ? at + 2 : -1;
        if (nameEnd < 0 || nameEnd >= text.Length || text[nameEnd] is not (' ' or '=' or '\'' or '"'))
        {
            return false;
        }
        end = nameEnd;
        return true;
    }

    internal override void Scan(ReadOnlySpan<char> text, TextAnchors anchors, FindingList findings)
    {
        var i = 0;
        while (i < text.Length)
        {
            var at = NextOption(text, anchors, i);
            if (at < 0)
            {
                return;
            }
            i = at + 2;
            if (TryUserOptionEnd(text, at, out var p))
            {
                if (TryUserPassword(text, p, out var start, out var end))
                {
                    findings.Add(EntityType.Password, start, end, Score);
                    i = end;
                }
                continue;
            }
            if (TryPasswordOption(text, at, out var from, out var to))
            {
                findings.Add(EntityType.Password, from, to, Score);
                i = Math.Max(i, to);
            }
        }
    }

    /// <summary>
    /// The password of a <c>user:password</c> argument starting near <paramref name="p"/>. The argument is
    /// one shell word, quoted in parts or not (<c>kevin:'pRf7'</c>, <c>"{id}":"{secret}"</c>); a user
    /// alone with a trailing ':' is an API key passed as the user (<c>curl -u "sk_live_...:"</c>).
    /// </summary>
    private static bool TryUserPassword(ReadOnlySpan<char> text, int p, out int from, out int to)
    {
        from = to = 0;
        while (p < text.Length && text[p] is ' ' or '=')
        {
            p++;
        }
        var wordEnd = ShellWordEnd(text, p);
        var word = text[p..wordEnd];
        var colon = word.IndexOf(':');
        if (colon < 0)
        {
            return false;
        }
        var user = Unquote(word[..colon], p, out _);
        var password = Unquote(word[(colon + 1)..], p + colon + 1, out var passwordStart);
        if (password.IsEmpty)
        {
            // "key:" with no password: the user is the credential when it looks like a key.
            var key = Unquote(word[..colon], p, out var keyStart);
            if (key.Length < 8 || SecretText.CharClasses(key) < 2 || !key.ContainsAnyInRange('0', '9') || SecretText.IsPlaceholder(key))
            {
                return false;
            }
            from = keyStart;
            to = keyStart + key.Length;
            return true;
        }
        // "user:password", "username:token": the documentation's stand-ins, not credentials.
        if ((user.Length > 0 && user[0] == '$') || SecretText.IsPlaceholder(password)
            || SecretAssignmentDetector.IsNotValue(password)
            || (user.IndexOfAnyExceptInRange('0', '9') < 0 && password.IndexOfAnyExceptInRange('0', '9') < 0))
        {
            return false;
        }
        from = passwordStart;
        to = passwordStart + password.Length;
        return true;
    }

    /// <summary>The end of the shell word at <paramref name="p"/>: quoted parts run to their closing quote.</summary>
    private static int ShellWordEnd(ReadOnlySpan<char> text, int p)
    {
        while (p < text.Length)
        {
            var c = text[p];
            if (c is '\'' or '"')
            {
                var close = text[(p + 1)..].IndexOfAny(c, '\n');
                if (close < 0 || text[p + 1 + close] == '\n')
                {
                    return p;
                }
                p += close + 2;
                continue;
            }
            if (ValueEnd.Contains(c))
            {
                return p;
            }
            p++;
        }
        return p;
    }

    /// <summary>
    /// <paramref name="part"/> without its quotes and one pair of braces ("{secret}", as some docs write
    /// values), and where that starts. Template braces ("{{ var }}") stay for the placeholder check.
    /// </summary>
    private static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> part, int partStart, out int start)
    {
        var lead = 0;
        var trail = part.Length;
        // Quotes may open in the user part and close in the password part: "user:password".
        while (lead < trail && part[lead] is '\'' or '"')
        {
            lead++;
        }
        while (trail > lead && part[trail - 1] is '\'' or '"')
        {
            trail--;
        }
        if (trail - lead >= 2 && part[lead] == '{' && part[trail - 1] == '}' && part[lead + 1] != '{')
        {
            lead++;
            trail--;
        }
        start = partStart + lead;
        return part[lead..trail];
    }

    /// <summary>A table option at <paramref name="at"/> whose command is named before it, and its password.</summary>
    private static bool TryPasswordOption(ReadOnlySpan<char> text, int at, out int from, out int to)
    {
        from = to = 0;
        var rest = text[at..];
        var letter = text[at + 1];
        if (letter >= 128)
        {
            return false;
        }
        foreach (var option in OptionsByLetter[letter])
        {
            if (!rest.StartsWith(option.Option, StringComparison.Ordinal))
            {
                continue;
            }
            var after = at + option.Option.Length;
            var attached = after < text.Length && !char.IsWhiteSpace(text[after]);
            // A longer option that merely starts like this one ("-passin" is not "-p" + "assin" for openssl).
            if (attached && (option.Value & OptionValue.Attached) == 0)
            {
                continue;
            }
            if (!NamesCommand(text, at, option.Commands))
            {
                continue;
            }
            if (option.Value == OptionValue.Piped)
            {
                return TryPipedValue(text, at, out from, out to);
            }
            var p = after;
            if (!attached)
            {
                if ((option.Value & OptionValue.Separate) == 0)
                {
                    continue; // "mysql -p dbname": the password is prompted for, dbname follows
                }
                while (p < text.Length && text[p] is ' ' or '\t')
                {
                    p++;
                }
                if (p >= text.Length)
                {
                    return false;
                }
            }
            var value = Argument(text, p, out var start);
            if (option.ValuePrefix is { } prefix)
            {
                if (!value.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return false; // env:VAR, file:path, stdin: no password on the line
                }
                start += prefix.Length;
                value = value[prefix.Length..];
            }
            if (option.Split != '\0')
            {
                var split = value.IndexOf(option.Split);
                if (split < 0)
                {
                    return false; // a user name alone
                }
                start += split + 1;
                value = value[(split + 1)..];
            }
            if (!IsPassword(value))
            {
                return false;
            }
            from = start;
            to = start + value.Length;
            return true;
        }
        return false;
    }

    /// <summary>"echo S3cret | docker login --password-stdin": the echoed argument before the pipe.</summary>
    private static bool TryPipedValue(ReadOnlySpan<char> text, int at, out int from, out int to)
    {
        from = to = 0;
        var lineStart = text[..at].LastIndexOfAny('\n', '\r') + 1;
        var pipe = text[lineStart..at].LastIndexOf('|');
        if (pipe < 0)
        {
            return false;
        }
        pipe += lineStart;
        var segStart = text[lineStart..pipe].LastIndexOfAny(CommandBreaks) + lineStart + 1;
        var p = segStart;
        while (p < pipe && text[p] == ' ')
        {
            p++;
        }
        var command = text[p..pipe];
        var verb = command.StartsWith("echo ", StringComparison.Ordinal) ? 5 : command.StartsWith("printf ", StringComparison.Ordinal) ? 7 : -1;
        if (verb < 0)
        {
            return false;
        }
        p += verb;
        // echo's -n/-e and printf's '%s\n' format come before the value.
        while (p < pipe)
        {
            while (p < pipe && text[p] == ' ')
            {
                p++;
            }
            var arg = Argument(text[..pipe], p, out var argStart);
            var isFlag = arg.Length > 0 && text[p] == '-';
            var isFormat = verb == 7 && arg.Contains('%');
            if (!isFlag && !isFormat)
            {
                if (!IsPassword(arg))
                {
                    return false;
                }
                from = argStart;
                to = argStart + arg.Length;
                return true;
            }
            p = argStart + arg.Length + (text[p] is '\'' or '"' ? 1 : 0);
        }
        return false;
    }

    /// <summary>True when a word of the command holding the option at <paramref name="at"/> is one of <paramref name="commands"/>.</summary>
    private static bool NamesCommand(ReadOnlySpan<char> text, int at, string[] commands)
    {
        var from = Math.Max(0, at - MaxSegment);
        var segment = text[from..at];
        var brk = segment.LastIndexOfAny(CommandBreaks);
        if (brk >= 0)
        {
            segment = segment[(brk + 1)..];
        }
        foreach (var range in segment.SplitAny(' ', '\t'))
        {
            var word = segment[range];
            var slash = word.LastIndexOfAny('/', '\\');
            word = word[(slash + 1)..];
            if (word.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
            {
                word = word[..^4];
            }
            foreach (var command in commands)
            {
                if (word.Equals(command, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>One shell argument at <paramref name="p"/>: quoted (up to the closing quote) or bare; its start and text.</summary>
    private static ReadOnlySpan<char> Argument(ReadOnlySpan<char> text, int p, out int start)
    {
        var quote = p < text.Length && text[p] is '\'' or '"' ? text[p] : '\0';
        start = Math.Min(quote == '\0' ? p : p + 1, text.Length);
        var rest = text[start..];
        var length = quote == '\0' ? rest.IndexOfAny(ValueEnd) : rest.IndexOfAny(quote, '\n');
        return length < 0 ? rest : rest[..length];
    }

    private static bool IsPassword(ReadOnlySpan<char> value) =>
        value.Length >= 3 && value[0] != '-' && !SecretText.IsPlaceholder(value)
        && !SecretAssignmentDetector.IsNotValue(value);
}
