namespace StreamFilter.Core.Keystrokes;

/// <summary>
/// Terminals: a command line that makes the program prompt for a secret (<c>sudo</c>, <c>su</c>,
/// <c>ssh</c>, <c>mysql -p</c>, <c>psql</c>, <c>passwd</c>, <c>docker login</c>, <c>gpg</c>, ...). The
/// lines typed next answer the prompt without echo and are handled like a password field.
/// </summary>
/// <remarks>
/// How many lines: one per prompt the command may show (<c>passwd</c> asks for the current password,
/// the new one and the new one again; <c>docker login</c> without <c>-u</c> asks for a user name
/// first). A program that does not prompt after all (sudo's cached credentials) costs the next line,
/// which is dropped: fail closed.
/// </remarks>
internal static class SecretPrompt
{
    /// <summary>Enough of a command line to find the command after sudo and a few options.</summary>
    public const int Window = 160;

    /// <summary>The number of lines after <paramref name="line"/> that answer a secret prompt.</summary>
    public static int LinesAfter(ReadOnlySpan<char> line)
    {
        var words = new WordReader(line);
        var lines = 0;
        var word = words.Next();
        while (IsAssignment(word))
        {
            word = words.Next(); // FOO=bar cmd ...
        }
        while (word is "sudo" or "doas")
        {
            lines++;
            word = words.Next();
            while (word.StartsWith('-'))
            {
                var takesValue = word is "-u" or "-g" or "-C" or "-h" or "-p" or "-U";
                word = words.Next();
                if (takesValue)
                {
                    word = words.Next();
                }
            }
        }
        var command = word[(word.LastIndexOf('/') + 1)..];
        return lines + Prompts(command, ref words);
    }

    private static int Prompts(ReadOnlySpan<char> command, ref WordReader rest)
    {
        switch (command)
        {
            case "su" or "ssh" or "scp" or "sftp" or "ssh-add" or "ssh-copy-id" or "kinit" or "psql" or "pg_dump" or "pg_dumpall" or "createdb":
                return 1;
            case "passwd" or "ssh-keygen":
                return 3;
            case "gpg" or "gpg2" or "htpasswd":
                return 2;
            case "mysql" or "mariadb" or "mysqldump" or "mysqladmin":
                return HasPasswordPrompt(ref rest) ? 1 : 0;
            case "docker" or "podman" or "nerdctl" or "helm" or "buildah":
                return LoginPrompts(ref rest);
            case "vault" or "npm" or "yarn" or "pnpm" or "az" or "oc" or "heroku":
                return rest.Next() is "login" or "adduser" ? 2 : 0;
            default:
                return 0;
        }
    }

    /// <summary><c>-p</c> or <c>--password</c> with no value attached: the client asks for it.</summary>
    private static bool HasPasswordPrompt(ref WordReader rest)
    {
        for (var w = rest.Next(); !w.IsEmpty; w = rest.Next())
        {
            if (w is "-p" or "--password")
            {
                return true;
            }
        }
        return false;
    }

    private static int LoginPrompts(ref WordReader rest)
    {
        var sub = rest.Next();
        if (sub is "registry")
        {
            sub = rest.Next(); // helm registry login
        }
        if (sub is not "login")
        {
            return 0;
        }
        var lines = 2;
        for (var w = rest.Next(); !w.IsEmpty; w = rest.Next())
        {
            if (w is "--password-stdin" || w.StartsWith("--password=") || w is "-p" or "--password")
            {
                return 0; // the secret is on the line (the detectors judge it) or comes from a pipe
            }
            if (w is "-u" or "--username" || w.StartsWith("--username="))
            {
                lines = 1;
            }
        }
        return lines;
    }

    private static bool IsAssignment(ReadOnlySpan<char> word) => word.IndexOf('=') > 0 && !word.StartsWith('-');

    private ref struct WordReader(ReadOnlySpan<char> text)
    {
        private ReadOnlySpan<char> _rest = text;

        public ReadOnlySpan<char> Next()
        {
            _rest = _rest.TrimStart();
            var end = _rest.IndexOfAny(' ', '\t');
            var word = end < 0 ? _rest : _rest[..end];
            _rest = end < 0 ? [] : _rest[end..];
            return word;
        }
    }
}
