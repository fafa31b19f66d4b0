using System.Reflection;
using StreamFilter.Kafka.Native;

namespace StreamFilter.Kafka.Tests.Native;

public sealed class ConfluentClientHandleTests
{
    [Fact]
    public void A_missing_internal_member_fails_naming_the_member_and_both_confluent_versions()
    {
        var loaded = typeof(Confluent.Kafka.Handle).Assembly.GetName().Version!.ToString();

        var error = Assert.Throws<InvalidOperationException>(() => ConfluentClientHandle.RequireMember<PropertyInfo>(null, "Handle.LibrdkafkaHandle"));

        Assert.Contains("Handle.LibrdkafkaHandle", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Confluent.Kafka {loaded}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Confluent.Kafka {ConfluentClientHandle.PinnedConfluentVersion}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.9.3.0")]
    [InlineData("2.15.1.0")]
    [InlineData("2.17.0.0")]
    public void Another_confluent_version_is_refused_at_start_naming_both(string loaded)
    {
        var error = Assert.Throws<InvalidOperationException>(() => ConfluentClientHandle.CheckVersion(Version.Parse(loaded)));

        Assert.Contains($"Confluent.Kafka {loaded} is loaded", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Confluent.Kafka {ConfluentClientHandle.PinnedConfluentVersion} only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pinned_version_passes()
    {
        ConfluentClientHandle.CheckVersion(Version.Parse(ConfluentClientHandle.PinnedConfluentVersion + ".0"));
    }

    [Fact]
    public void The_pinned_version_is_the_one_loaded()
    {
        // If the reference moves to another Confluent.Kafka, the reflected members must be checked again.
        Assert.StartsWith(ConfluentClientHandle.PinnedConfluentVersion + ".", typeof(Confluent.Kafka.Handle).Assembly.GetName().Version!.ToString(), StringComparison.Ordinal);
    }
}
