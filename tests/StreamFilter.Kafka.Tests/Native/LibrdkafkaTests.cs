using StreamFilter.Kafka.Native;

namespace StreamFilter.Kafka.Tests.Native;

/// <summary>Which native Kafka client the process loads: the librdkafka.redist package's glibc-only build, version 2.16.0, and nothing else.</summary>
public sealed class LibrdkafkaTests
{
    [Fact]
    public void The_packages_runtimes_folder_is_looked_in_first()
    {
        var expected = Path.Combine("/app", "runtimes", "linux-x64", "native", "centos8-librdkafka.so");
        Assert.Equal(expected, Librdkafka.FindBundled("/app", _ => true));
    }

    [Fact]
    public void A_publish_for_linux_x64_has_the_file_beside_the_application()
    {
        Assert.Equal(Path.Combine("/app", "centos8-librdkafka.so"), Librdkafka.FindBundled("/app", path => !path.Contains("runtimes", StringComparison.Ordinal)));
    }

    /// <summary>The package's main librdkafka.so (needs libsasl2.so.3) or a system copy never stands in for it.</summary>
    [Fact]
    public void Without_the_bundled_file_nothing_is_chosen()
    {
        Assert.Null(Librdkafka.FindBundled("/app", path => path.EndsWith("/librdkafka.so", StringComparison.Ordinal) || path.EndsWith(".so.1", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("2.0.2")]
    [InlineData("2.8.0")]
    [InlineData("2.16.1")]
    public void Another_version_is_refused_naming_the_file_and_both_versions(string found)
    {
        var refusal = Librdkafka.Describe("/app/centos8-librdkafka.so", found);
        Assert.NotNull(refusal);
        Assert.Contains("/app/centos8-librdkafka.so", refusal, StringComparison.Ordinal);
        Assert.Contains($"librdkafka {found};", refusal, StringComparison.Ordinal);
        Assert.Contains(Librdkafka.PinnedVersion, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pinned_version_is_accepted()
    {
        Assert.Null(Librdkafka.Describe("/app/centos8-librdkafka.so", Librdkafka.PinnedVersion));
    }

    /// <summary>The suite's results are for the client the documentation names, loaded from the test's own output folder.</summary>
    [Fact]
    public void The_tests_run_on_the_bundled_librdkafka()
    {
        Assert.Equal("2.16.0", Librdkafka.Version);
        Assert.Equal("2.16.0", Confluent.Kafka.Library.VersionString);
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "centos8-librdkafka.so")));
    }
}
