using YamlDotNet.RepresentationModel;

namespace StreamFilter.Core.Rules.Parsing;

/// <summary>
/// State shared by the section parsers of one rules file: its name (for messages), its folder (for
/// relative term files) and the errors collected so far. Parsers report and carry on, so one run
/// finds every problem; the loader refuses the file if any were reported.
/// </summary>
internal sealed class RulesParseContext(string fileName, string? baseDirectory)
{
    private readonly List<RulesError> _errors = [];

    public string FileName { get; } = fileName;

    /// <summary>Folder that relative paths (terms_file) are resolved against; null when parsing a string.</summary>
    public string? BaseDirectory { get; } = baseDirectory;

    public IReadOnlyList<RulesError> Errors => _errors;

    public void Error(YamlNode node, string rule, string message) => _errors.Add(new RulesError(FileName, (int)node.Start.Line, rule, message));

    public void Error(int line, string rule, string message) => _errors.Add(new RulesError(FileName, line, rule, message));

    /// <summary>Opens <paramref name="node"/> as a mapping whose keys must be among <paramref name="allowedKeys"/>; null (error reported) otherwise.</summary>
    public FieldReader? Open(YamlNode node, string rule, IReadOnlyCollection<string> allowedKeys)
    {
        var map = Mapping(node, rule);
        return map is null ? null : new FieldReader(this, map, rule, allowedKeys);
    }

    public YamlMappingNode? Mapping(YamlNode node, string rule)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }
        Error(node, rule, "expected a mapping of keys to values");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode node, string rule)
    {
        if (node is YamlSequenceNode seq)
        {
            return seq;
        }
        Error(node, rule, "expected a list");
        return null;
    }

    /// <summary>The text of a scalar key or value; null (error reported) for a mapping or list.</summary>
    public string? Scalar(YamlNode node, string rule, string what)
    {
        if (node is YamlScalarNode { Value: { } value })
        {
            return value;
        }
        Error(node, rule, $"{what}: expected a single value");
        return null;
    }

    /// <summary>A list of non-empty strings; null (error reported) when it is not one.</summary>
    public List<string>? Strings(YamlNode node, string rule, string what)
    {
        if (node is not YamlSequenceNode seq)
        {
            Error(node, rule, $"{what}: expected a list of strings");
            return null;
        }
        var list = new List<string>(seq.Children.Count);
        foreach (var item in seq.Children)
        {
            if (item is YamlScalarNode { Value: { } s } && !string.IsNullOrWhiteSpace(s))
            {
                list.Add(s.Trim());
            }
            else
            {
                Error(item, rule, $"{what}: every entry must be a non-empty string");
            }
        }
        return list;
    }
}
