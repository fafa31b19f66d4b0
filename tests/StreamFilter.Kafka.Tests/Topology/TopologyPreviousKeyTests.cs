using StreamFilter.Kafka.Topology;

namespace StreamFilter.Kafka.Tests.Topology;

/// <summary><c>keys.dead_letter_previous</c>: the quarantine keys a rotation replaced.</summary>
public sealed class TopologyPreviousKeyTests
{
    private const string Minimal = MinimalTopology.Yaml;

    [Fact]
    public void Previous_key_files_resolve_against_the_topology_file_in_order()
    {
        var directory = Directory.CreateTempSubdirectory("sf-topology-");
        try
        {
            var path = Path.Combine(directory.FullName, "t.yaml");
            File.WriteAllText(path, Minimal + "\nkeys:\n  dead_letter: k/new.key\n  dead_letter_previous:\n    - k/old.key\n    - /abs/older.key\n");

            var topology = TopologyLoader.LoadFile(path);

            Assert.Equal([Path.Combine(directory.FullName, "k", "old.key"), "/abs/older.key"], topology.Keys.DeadLetterPrevious);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Without_the_setting_there_are_no_previous_key_files()
    {
        Assert.Empty(TopologyLoader.Parse(Minimal + "\nkeys:\n  dead_letter: k.key\n", "t.yaml").Keys.DeadLetterPrevious);
        Assert.Empty(TopologyLoader.Parse(Minimal + "\nkeys:\n  dead_letter_previous:\n", "t.yaml").Keys.DeadLetterPrevious);
    }

    [Theory]
    // Lines: Minimal is 9 lines, "keys:" on 10, dead_letter on 11, the list items from 13 on.
    [InlineData("    - old.key\n    - ''\n", "t.yaml:14: keys.dead_letter_previous[1]: empty entry")]
    [InlineData("    - old.key\n    -\n", "t.yaml:14: keys.dead_letter_previous[1]: empty entry")]
    [InlineData("    - new.key\n", "t.yaml:13: keys.dead_letter_previous[0]: is the current key file")]
    [InlineData("    - old.key\n    - older.key\n    - old.key\n", "t.yaml:15: keys.dead_letter_previous[2]: key file old.key is listed twice")]
    public void A_bad_entry_is_refused_with_the_file_line_and_rule(string entries, string expected)
    {
        var yaml = Minimal + "\nkeys:\n  dead_letter: new.key\n  dead_letter_previous:\n" + entries;

        var error = Assert.Throws<TopologyException>(() => TopologyLoader.Parse(yaml, "t.yaml"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_file_instead_of_a_list_is_refused_with_its_line()
    {
        var yaml = Minimal + "\nkeys:\n  dead_letter_previous: old.key\n";

        var error = Assert.Throws<TopologyException>(() => TopologyLoader.Parse(yaml, "t.yaml"));

        Assert.StartsWith("t.yaml:11:", error.Message, StringComparison.Ordinal);
    }
}
