using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace StreamFilter.Kafka.Topology;

/// <summary>
/// Reads and validates a topology file. Nothing starts on a half-valid file: an unknown setting, a
/// wrong type or a missing required topic is refused with the file, line and setting named.
/// Relative paths inside the file (rules, keys) are resolved against the file's directory.
/// </summary>
public static class TopologyLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static TopologyOptions LoadFile(string path)
    {
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TopologyException($"{path}: cannot read the topology file: {ex.Message}", ex);
        }
        var options = Parse(yaml, path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        options.Rules = Resolve(directory, options.Rules);
        options.Keys.Hmac = Resolve(directory, options.Keys.Hmac);
        options.Keys.DeadLetter = Resolve(directory, options.Keys.DeadLetter);
        options.Keys.DeadLetterPrevious = options.Keys.DeadLetterPrevious.ConvertAll(file => Resolve(directory, file));
        return options;
    }

    /// <summary>Parses YAML text; <paramref name="sourceName"/> is used in messages.</summary>
    public static TopologyOptions Parse(string yaml, string sourceName)
    {
        TopologyOptions? options;
        YamlLineIndex index;
        try
        {
            index = new YamlLineIndex(yaml);
            options = Deserializer.Deserialize<TopologyOptions?>(yaml);
        }
        catch (YamlException ex)
        {
            var reason = ex.InnerException?.Message ?? ex.Message;
            throw new TopologyException($"{sourceName}:{ex.Start.Line}: {reason}", ex);
        }
        if (options is null)
        {
            throw new TopologyException($"{sourceName}:1: the topology file is empty.");
        }
        options.SourcePath = sourceName;
        FillEmptySections(options);
        Validate(options, index, sourceName);
        return options;
    }

    /// <summary>A section present but empty ("keys:" with only comments) deserialises to null; treat it as all defaults.</summary>
    private static void FillEmptySections(TopologyOptions options)
    {
        options.Kafka ??= new();
        options.Kafka.Client ??= [];
        options.Kafka.Consumer ??= [];
        options.Kafka.Producer ??= [];
        options.Inputs ??= new();
        options.Inputs.Topics ??= [];
        options.Inputs.ByType ??= [];
        options.Outputs ??= new();
        options.Outputs.ByType ??= [];
        options.Keys ??= new();
        options.Keys.DeadLetterPrevious ??= [];
        options.Batch ??= new();
        options.Ops ??= new();
        options.Ops.Bind ??= "127.0.0.1";
    }

    private static void Validate(TopologyOptions options, YamlLineIndex index, string source)
    {
        void Fail(string path, string message) => throw new TopologyException($"{source}:{index.LineOf(path)}: {path}: {message}");

        if (string.IsNullOrWhiteSpace(options.Kafka.BootstrapServers))
        {
            Fail("kafka.bootstrap_servers", "required (host:port,...).");
        }
        if (string.IsNullOrWhiteSpace(options.Kafka.GroupId))
        {
            Fail("kafka.group_id", "required.");
        }
        if (string.IsNullOrWhiteSpace(options.Kafka.TransactionalIdPrefix))
        {
            Fail("kafka.transactional_id_prefix", "required: exactly-once needs a stable transactional id.");
        }
        if (options.Inputs.AllTopics().Count == 0)
        {
            Fail("inputs", "name at least one input topic (inputs.topics or inputs.by_type).");
        }
        if (string.IsNullOrWhiteSpace(options.Outputs.Default))
        {
            Fail("outputs.default", "required: filtered events of a type not listed in outputs.by_type go there.");
        }
        foreach (var (name, value) in new[] { ("audit", options.Audit), ("dead_letter", options.DeadLetter), ("quarantine", options.Quarantine) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Fail(name, "required topic: every input event must be accounted for.");
            }
        }
        if (options.Batch.MaxRecords is < 1 or > 100_000)
        {
            Fail("batch.max_records", "must be between 1 and 100000.");
        }
        if (options.Batch.MaxWaitMs is < 1 or > 60_000)
        {
            Fail("batch.max_wait_ms", "must be between 1 and 60000.");
        }
        if (options.Ops.Port is < 0 or > 65_535)
        {
            Fail("ops.port", "must be between 0 (any free port) and 65535.");
        }
        if (!System.Net.IPAddress.TryParse(options.Ops.Bind, out _))
        {
            Fail("ops.bind", "must be an IP address (127.0.0.1, 0.0.0.0, ::).");
        }
        ValidatePreviousKeys(options.Keys, Fail);
        var inputs = options.Inputs.AllTopics();
        var written = new List<(string Path, string? Topic)>
        {
            ("outputs.default", options.Outputs.Default), ("audit", options.Audit), ("dead_letter", options.DeadLetter),
            ("quarantine", options.Quarantine), ("changelog", options.Changelog),
        };
        foreach (var (type, topic) in options.Outputs.ByType)
        {
            written.Add(($"outputs.by_type.{type}", topic));
        }
        foreach (var (path, topic) in written)
        {
            if (topic is not null && inputs.Contains(topic))
            {
                Fail(path, $"topic {topic} is both an input and an output; the stage would read its own results.");
            }
        }
    }

    /// <summary>Each previous key file named once, and none the current key file (that key would be both sealing and retiring).</summary>
    private static void ValidatePreviousKeys(KeyFileOptions keys, Action<string, string> fail)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < keys.DeadLetterPrevious.Count; i++)
        {
            var path = $"keys.dead_letter_previous[{i}]";
            var file = keys.DeadLetterPrevious[i];
            if (string.IsNullOrWhiteSpace(file))
            {
                fail(path, "empty entry: name a previous quarantine key file.");
            }
            else if (string.Equals(file, keys.DeadLetter, StringComparison.Ordinal))
            {
                fail(path, "is the current key file (keys.dead_letter); list only keys it replaced.");
            }
            else if (!seen.Add(file))
            {
                fail(path, $"key file {file} is listed twice.");
            }
        }
    }

    private static string? Resolve(string directory, string? path) =>
        string.IsNullOrWhiteSpace(path) || Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(directory, path));
}
