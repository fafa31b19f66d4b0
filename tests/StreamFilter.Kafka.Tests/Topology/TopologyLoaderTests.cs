using StreamFilter.Kafka.Topology;

namespace StreamFilter.Kafka.Tests.Topology;

public sealed class TopologyLoaderTests
{
    private const string Minimal = MinimalTopology.Yaml;

    [Fact]
    public void The_shipped_example_loads_with_every_section()
    {
        var path = Path.Combine(RepoRoot(), "topologies", "local.topology.yaml");
        var topology = TopologyLoader.LoadFile(path);

        Assert.Equal("127.0.0.1:9092", topology.Kafka.BootstrapServers);
        // For dev-cluster, the mock cluster; off by default (the minimal topology above).
        Assert.True(topology.Kafka.CommitOffsetsAfterTransaction);
        Assert.False(TopologyLoader.Parse(Minimal, "t.yaml").Kafka.CommitOffsetsAfterTransaction);
        Assert.Equal(20_000, TopologyLoader.Parse(Minimal, "t.yaml").Batch.MaxRecords);
        Assert.Equal(["activity.keystroke", "activity.transcript", "activity.screen_ocr", "activity.mouse", "activity.consent"], topology.Inputs.AllTopics());
        Assert.Equal("filtered.keystroke", topology.Outputs.ByType["keystroke"]);
        Assert.Equal("streamfilter.keystroke-state", topology.Changelog);
        Assert.Equal("lz4", topology.Kafka.Producer["compression.type"]);
        Assert.Null(topology.Keys.DeadLetter);
        Assert.Equal(20_000, topology.Batch.MaxRecords);
        Assert.Equal("streamfilter.consent", topology.Consent);
        Assert.Equal(9464, topology.Ops.Port);
        Assert.Equal("127.0.0.1", topology.Ops.Bind);
    }

    [Fact]
    public void Relative_key_and_rules_paths_resolve_against_the_topology_file()
    {
        var directory = Directory.CreateTempSubdirectory("sf-topology-");
        var path = Path.Combine(directory.FullName, "t.yaml");
        File.WriteAllText(path, Minimal + "\nrules: rules/r.yaml\nkeys:\n  dead_letter: k/dl.key\n");

        var topology = TopologyLoader.LoadFile(path);

        Assert.Equal(Path.Combine(directory.FullName, "rules", "r.yaml"), topology.Rules);
        Assert.Equal(Path.Combine(directory.FullName, "k", "dl.key"), topology.Keys.DeadLetter);
        directory.Delete(recursive: true);
    }

    [Fact]
    public void The_docker_topology_loads_and_points_at_the_compose_broker()
    {
        var topology = TopologyLoader.LoadFile(Path.Combine(RepoRoot(), "topologies", "docker.topology.yaml"));

        Assert.Equal("kafka:9092", topology.Kafka.BootstrapServers);
        Assert.Equal("streamfilter.consent", topology.Consent);
    }

    [Fact]
    public void A_minimal_file_gets_defaults()
    {
        var topology = TopologyLoader.Parse(Minimal, "t.yaml");

        Assert.Equal("streamfilter", topology.Kafka.GroupId);
        Assert.Equal(["raw"], topology.Inputs.AllTopics());
        Assert.Null(topology.Changelog);
        Assert.Equal(9464, topology.Ops.Port);
        Assert.Equal("127.0.0.1", topology.Ops.Bind);
    }

    [Theory]
    [InlineData("kafka:\n  bootstrap_servers: x\n  grop_id: g\n", "t.yaml:3", "grop_id")]
    [InlineData("kafka:\n  bootstrap_servers: [x\n", "t.yaml:", "")]
    [InlineData("batch:\n  max_records: many\n", "t.yaml:2", "")]
    public void Broken_yaml_names_the_file_and_line(string yaml, string location, string setting)
    {
        var error = Assert.Throws<TopologyException>(() => TopologyLoader.Parse(yaml, "t.yaml"));

        Assert.StartsWith(location, error.Message, StringComparison.Ordinal);
        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  bootstrap_servers: 127.0.0.1:9092\n", "  bootstrap_servers: \"\"\n", "t.yaml:2: kafka.bootstrap_servers")]
    [InlineData("audit: audit\n", "", "t.yaml:1: audit: required")]
    [InlineData("  default: clean\n", "  default: raw\n", "t.yaml:6: outputs.default: topic raw is both an input and an output")]
    [InlineData("quarantine: quarantine", "quarantine: quarantine\nbatch:\n  max_records: 0", "t.yaml:11: batch.max_records")]
    [InlineData("quarantine: quarantine", "quarantine: quarantine\nops:\n  port: 70000", "t.yaml:11: ops.port")]
    [InlineData("quarantine: quarantine", "quarantine: quarantine\nops:\n  bind: localhost", "t.yaml:11: ops.bind")]
    public void Invalid_settings_name_the_line_and_the_setting(string replace, string with, string expected)
    {
        var yaml = Minimal.Replace(replace, with, StringComparison.Ordinal);

        var error = Assert.Throws<TopologyException>(() => TopologyLoader.Parse(yaml, "t.yaml"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_topology_error_naming_it()
    {
        var error = Assert.Throws<TopologyException>(() => TopologyLoader.LoadFile("/nonexistent/x.topology.yaml"));

        Assert.StartsWith("/nonexistent/x.topology.yaml:", error.Message, StringComparison.Ordinal);
    }

    internal static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "StreamFilter.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("StreamFilter.sln not found above the test directory.");
    }
}
