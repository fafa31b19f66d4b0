namespace StreamFilter.Core.Sensitivity.Prose;

/// <summary>
/// Whether one line is code, SQL, a stack frame, a log record, config or a shell command. Each test
/// is a shape prose does not take: operators and braces dense among the letters, a statement keyword
/// opening the line, a stack frame, a timestamp or log level leading the line, a key = value pair, a
/// prompt or a command with flags. A prose line that merely mentions a command ("kill the process on
/// node 3") stays prose for the classifier, which was trained on engineering talk.
/// </summary>
internal static class CodeLine
{
    /// <summary>Strong code characters per letter above which a line is code (prose has almost none).</summary>
    private const double OperatorDensity = 0.06;

    private static readonly string[] StatementKeywords =
    [
        "def", "class", "import", "from", "return", "public", "private", "protected", "internal", "static", "const",
        "let", "var", "val", "function", "fn", "func", "package", "using", "namespace", "elif", "else", "try", "catch",
        "except", "finally", "raise", "throw", "async", "await", "struct", "enum", "interface", "impl", "void",
        "#include", "#define", "@Test", "@Override", "assert", "yield", "lambda", "switch", "case", "break", "continue",
    ];

    private static readonly string[] Modifiers = ["public", "private", "protected", "internal", "static", "sealed", "abstract", "export", "override"];

    private static readonly string[] Declarations = ["class ", "interface ", "struct ", "enum ", "record ", "void ", "function ", "const ", "async "];

    /// <summary>How SQL statements open (any case) and what must follow in the line: "select a date" is prose.</summary>
    private static readonly (string Opening, string Then)[] SqlStatements =
    [
        ("select ", " from "), ("select *", ""), ("insert into ", ""), ("update ", " set "), ("delete from ", ""),
        ("create table ", ""), ("create index ", ""), ("create unique index ", ""), ("alter table ", ""), ("drop table ", ""),
        ("create view ", ""), ("truncate table ", ""), ("with ", " as ("), ("create or replace ", ""), ("grant ", " on "),
    ];

    private static readonly string[] Commands =
    [
        "sudo", "kubectl", "git", "docker", "npm", "npx", "yarn", "pip", "pip3", "curl", "wget", "aws", "gcloud", "az",
        "terraform", "helm", "cd", "ls", "cat", "grep", "rg", "export", "echo", "ssh", "scp", "systemctl", "journalctl",
        "kill", "pkill", "ps", "make", "dotnet", "python", "python3", "node", "java", "mvn", "gradle", "go", "cargo",
        "rm", "cp", "mv", "chmod", "chown", "tail", "head", "find", "sed", "awk", "psql", "mysql", "redis-cli", "tar",
        "unzip", "brew", "apt", "apt-get", "yum", "kubectx", "k", "ansible", "vault", "openssl", "jq", "xargs", "top",
    ];

    private static readonly string[] LogLevels = ["TRACE", "DEBUG", "INFO", "WARN", "WARNING", "ERROR", "FATAL", "CRITICAL", "SEVERE"];

    public static bool Is(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length < 2)
        {
            // A lone brace or bracket closes a block; a lone letter or digit is nothing.
            return line.Length == 1 && line[0] is '{' or '}' or ')' or ']' or ';';
        }
        return DenseOperators(line) || OpensWithStatement(line) || IsStackFrame(line) || IsLogRecord(line)
            || IsAssignment(line) || IsShell(line);
    }

    /// <summary>Braces, semicolons, assignments, arrows, underscores and calls among few letters.</summary>
    private static bool DenseOperators(ReadOnlySpan<char> line)
    {
        var letters = 0;
        var strong = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsLetter(c))
            {
                letters++;
                continue;
            }
            strong += c switch
            {
                '{' or '}' or ';' or '=' or '_' or '<' or '>' or '`' or '\\' => 1,
                // A call or index: name( name[ ; "(see below)" has a space before it.
                '(' or '[' when i > 0 && (char.IsLetterOrDigit(line[i - 1]) || line[i - 1] == '_') => 1,
                _ => 0,
            };
        }
        if (line[^1] is ';' or '{' or '}' || line.EndsWith("):") || line.EndsWith("=>"))
        {
            strong += 2;
        }
        return strong >= 2 && strong >= OperatorDensity * Math.Max(letters, 1);
    }

    private static bool OpensWithStatement(ReadOnlySpan<char> line)
    {
        var first = FirstToken(line, out var rest);
        // A keyword followed by an identifier-shaped rest: "return x;" "def load(self):" but not "return to the office".
        foreach (var k in StatementKeywords)
        {
            if (first.SequenceEqual(k) && HasCodeShape(first, rest))
            {
                return true;
            }
        }
        foreach (var k in Modifiers)
        {
            // "public sealed class PayrollTaxCalculator", "private static int Count(...)".
            if (first.SequenceEqual(k) && (rest.IndexOf('(') >= 0 || ContainsDeclaration(rest)))
            {
                return true;
            }
        }
        foreach (var (opening, then) in SqlStatements)
        {
            if (line.StartsWith(opening, StringComparison.OrdinalIgnoreCase)
                && (then.Length == 0 || line[opening.Length..].Contains(then, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        return first.Length > 1 && first[0] == '#' && first[1] == '!';
    }

    /// <summary>"at Foo.Bar(Baz.cs:12)", "File \"x.py\", line 3, in main", "Traceback (most recent call last):", "Caused by: ...Exception".</summary>
    private static bool IsStackFrame(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("at ") && line.IndexOf('(') > 3 && line[3..].IndexOf('.') >= 0)
        {
            return true;
        }
        if (line.StartsWith("File \"") && line.Contains(", line ", StringComparison.Ordinal))
        {
            return true;
        }
        if (line.StartsWith("Traceback (") || line.StartsWith("Caused by: ") || line.StartsWith("--- End of"))
        {
            return true;
        }
        // "System.NullReferenceException: Object reference..." / "java.lang.IllegalStateException"
        var first = FirstToken(line, out _);
        return first.Contains("Exception", StringComparison.Ordinal) && first.IndexOf('.') > 0;
    }

    /// <summary>
    /// A log level among the first tokens ("2026-06-01T09:00:00Z INFO ...", "[12:03:44] WARN ..."), or a
    /// leading timestamp followed by technical tokens ("... pid=42 exit=137"). A timestamp alone is a
    /// transcript line ("[00:41:07] Dana: ..."), which is prose.
    /// </summary>
    private static bool IsLogRecord(ReadOnlySpan<char> line)
    {
        var rest = line;
        for (var t = 0; t < 4 && !rest.IsEmpty; t++)
        {
            var token = FirstToken(rest, out rest).Trim("[]:|");
            foreach (var level in LogLevels)
            {
                if (token.SequenceEqual(level) || (token.Length == level.Length + 2 && token[1..^1].SequenceEqual(level)))
                {
                    return true;
                }
            }
        }
        var trimmed = line.TrimStart('[');
        var timestamped = trimmed.Length >= 8 && char.IsDigit(trimmed[0]) && char.IsDigit(trimmed[1])
            && ((trimmed.Length >= 10 && trimmed[4] == '-' && trimmed[7] == '-') || trimmed[2] == ':');
        if (!timestamped)
        {
            return false;
        }
        FirstToken(trimmed, out rest);
        var technical = 0;
        while (!rest.IsEmpty)
        {
            var token = FirstToken(rest, out rest);
            var word = token.TrimEnd(",;:");
            technical += HasLetterOrDigit(word) && Token.IsTechnical(word) ? 1 : 0;
        }
        return technical >= 2;
    }

    /// <summary>"max_connections = 100", "spring.datasource.url: jdbc:...", "\"timeout\": 30," — not "Diagnosis: flu".</summary>
    private static bool IsAssignment(ReadOnlySpan<char> line)
    {
        var start = line[0] == '"' ? 1 : 0;
        var i = start;
        while (i < line.Length && (char.IsLetterOrDigit(line[i]) || line[i] is '_' or '.' or '-'))
        {
            i++;
        }
        if (i == start || i >= line.Length)
        {
            return false;
        }
        var key = line[start..i];
        var quoted = start == 1 && line[i] == '"';
        var after = line[(quoted ? i + 1 : i)..].TrimStart();
        if (after.IsEmpty)
        {
            return false;
        }
        if (after[0] == '=' && (after.Length == 1 || after[1] != '='))
        {
            return true;
        }
        var identifierKey = key.IndexOfAny('_', '.') >= 0 || (key.Length > 1 && key.ContainsAnyInRange('A', 'Z') && char.IsLower(key[0]));
        return after[0] == ':' && (quoted || identifierKey);
    }

    /// <summary>"$ kubectl get pods", "&gt; npm test", or a known command followed by a flag or a technical token.</summary>
    private static bool IsShell(ReadOnlySpan<char> line)
    {
        if ((line[0] is '$' or '>' or '#' or '%') && line.Length > 2 && line[1] == ' ')
        {
            var command = FirstToken(line[2..], out _);
            foreach (var c in Commands)
            {
                if (command.SequenceEqual(c))
                {
                    return true;
                }
            }
        }
        var first = FirstToken(line, out var rest);
        var known = false;
        foreach (var c in Commands)
        {
            known |= first.SequenceEqual(c);
        }
        if (!known)
        {
            return false;
        }
        while (!rest.IsEmpty)
        {
            var token = FirstToken(rest, out rest);
            if ((token.Length > 1 && token[0] == '-' && (char.IsLetter(token[1]) || token[1] == '-')) || Token.IsTechnical(token) || token.SequenceEqual("|"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// What must follow a statement keyword for the line to be code: an identifier-shaped token
    /// ("def load(self):", "return self._repo;") or a statement ending; "return to the office" and
    /// "finally filed my taxes :(" are prose.
    /// </summary>
    private static bool HasCodeShape(ReadOnlySpan<char> keyword, ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            return false;
        }
        var token = FirstToken(rest, out var after);
        if (Token.IsTechnical(token.TrimEnd(",")) || rest[^1] is ':' or '{' or ';')
        {
            return true;
        }
        if (keyword.SequenceEqual("from"))
        {
            return after.StartsWith("import ");
        }
        // "import os", "using System.Text;", "package main"
        return keyword is "import" or "package" && after.Length == 0 && token.IndexOfAny(".?!") < 0;
    }

    private static bool ContainsDeclaration(ReadOnlySpan<char> rest)
    {
        foreach (var d in Declarations)
        {
            var at = rest.IndexOf(d, StringComparison.Ordinal);
            if (at == 0 || (at > 0 && rest[at - 1] == ' '))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    private static ReadOnlySpan<char> FirstToken(ReadOnlySpan<char> text, out ReadOnlySpan<char> rest)
    {
        text = text.TrimStart();
        var end = 0;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }
        rest = text[end..].TrimStart();
        return text[..end];
    }
}
