using YamlDotNet.RepresentationModel;

namespace StreamFilter.Kafka.Topology;

/// <summary>
/// Line numbers of the settings in a YAML document by dotted path ("kafka.group_id"), so validation
/// errors found after deserialisation can still point at the line to fix. List items are indexed as
/// "path[i]" ("keys.dead_letter_previous[1]").
/// </summary>
internal sealed class YamlLineIndex
{
    private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);

    public YamlLineIndex(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count > 0)
        {
            Walk(stream.Documents[0].RootNode, "");
        }
    }

    /// <summary>The line of <paramref name="path"/>, or of its nearest present parent, or 1.</summary>
    public int LineOf(string path)
    {
        while (true)
        {
            if (lines.TryGetValue(path, out var line))
            {
                return line;
            }
            var dot = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (dot < 0)
            {
                return 1;
            }
            path = path[..dot];
        }
    }

    private void Walk(YamlNode node, string prefix)
    {
        if (node is YamlSequenceNode sequence)
        {
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                var path = $"{prefix}[{i}]";
                lines[path] = (int)sequence.Children[i].Start.Line;
                Walk(sequence.Children[i], path);
            }
            return;
        }
        if (node is not YamlMappingNode mapping)
        {
            return;
        }
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name })
            {
                var path = prefix.Length == 0 ? name : prefix + "." + name;
                lines[path] = (int)key.Start.Line;
                Walk(value, path);
            }
        }
    }
}
