using System.Globalization;
using System.Text;
using Confluent.Kafka;
using StreamFilter.Core.Pipeline;
using StreamFilter.Kafka.Stage;

namespace StreamFilter.Kafka.Tests.Support;

/// <summary>
/// A stateful processor for changelog tests: counts events per record position's partition and user
/// ("u3" in the event), keeps the counts as its state and reports every change to the stage.
/// </summary>
internal sealed class CountingStatefulProcessor : IEventProcessor, IStateStore
{
    private readonly MarkingProcessor inner = new();
    private readonly Dictionary<TopicPartition, Dictionary<string, int>> counts = [];
    private readonly HashSet<(TopicPartition, string)> dirty = [];

    /// <summary>State of partitions this instance gave up (the stage drops state on revoke), as it was when dropped.</summary>
    public Dictionary<(TopicPartition Partition, string User), int> Dropped { get; } = [];

    public Dictionary<(TopicPartition Partition, string User), int> Snapshot() => Flatten(counts);

    private static Dictionary<(TopicPartition Partition, string User), int> Flatten(Dictionary<TopicPartition, Dictionary<string, int>> source)
    {
        var all = new Dictionary<(TopicPartition, string), int>();
        foreach (var (partition, users) in source)
        {
            foreach (var (user, count) in users)
            {
                all[(partition, user)] = count;
            }
        }
        return all;
    }

    public void Process(ReadOnlySpan<byte> utf8Event, SourcePosition position, IFilterSink sink)
    {
        inner.Process(utf8Event, position, sink);
        var partition = Parse(position.Source);
        var text = Encoding.UTF8.GetString(utf8Event);
        var at = text.IndexOf("\"user_id\":\"", StringComparison.Ordinal);
        var user = at < 0 ? "none" : text[(at + 11)..text.IndexOf('"', at + 11)];
        if (!counts.TryGetValue(partition, out var users))
        {
            counts[partition] = users = [];
        }
        users[user] = users.GetValueOrDefault(user) + 1;
        dirty.Add((partition, user));
    }

    public void Advance(DateTimeOffset now, IFilterSink sink)
    {
    }

    public void Complete(IFilterSink sink)
    {
    }

    public void Drop(TopicPartition input)
    {
        if (counts.Remove(input, out var users))
        {
            foreach (var (user, count) in users)
            {
                Dropped[(input, user)] = count;
            }
        }
        dirty.RemoveWhere(d => d.Item1 == input);
    }

    public void Restore(TopicPartition input, string key, byte[]? value)
    {
        if (!counts.TryGetValue(input, out var users))
        {
            counts[input] = users = [];
        }
        if (value is null)
        {
            users.Remove(key);
        }
        else
        {
            users[key] = int.Parse(Encoding.UTF8.GetString(value), CultureInfo.InvariantCulture);
        }
    }

    public void TakeChanges(List<StateChange> changes)
    {
        foreach (var (partition, user) in dirty)
        {
            changes.Add(new StateChange(partition, user, Encoding.UTF8.GetBytes(counts[partition][user].ToString(CultureInfo.InvariantCulture))));
        }
        dirty.Clear();
    }

    /// <summary>"topic[2]" to its TopicPartition.</summary>
    private static TopicPartition Parse(string source)
    {
        var open = source.LastIndexOf('[');
        return new TopicPartition(source[..open], int.Parse(source[(open + 1)..^1], CultureInfo.InvariantCulture));
    }
}
