namespace StreamFilter.Core.Rules.Parsing;

/// <summary>
/// Reads a dictionary's <c>terms_file</c>: one term per line, blank lines and lines starting with '#'
/// ignored, relative paths resolved against the rules file's folder. Errors never quote the terms.
/// </summary>
internal static class TermsFile
{
    public static List<string>? Read(RulesParseContext context, FieldReader fields, string rule)
    {
        if (fields.String("terms_file") is not { } name)
        {
            return null;
        }
        var path = Path.IsPathRooted(name) || context.BaseDirectory is null ? name : Path.Combine(context.BaseDirectory, name);
        try
        {
            var terms = new List<string>();
            foreach (var line in File.ReadLines(path))
            {
                var term = line.Trim();
                if (term.Length > 0 && term[0] != '#')
                {
                    terms.Add(term);
                }
            }
            return terms;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error(fields["terms_file"]!, rule, $"terms_file: cannot read {path}: {e.GetType().Name}");
            return null;
        }
    }
}
