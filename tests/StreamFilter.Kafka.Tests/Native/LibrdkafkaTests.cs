using StreamFilter.Kafka.Native;

namespace StreamFilter.Kafka.Tests.Native;

/// <summary>Which native Kafka client the process loads, and that the tests run on Debian's.</summary>
public sealed class LibrdkafkaTests
{
    [Fact]
    public void A_configured_path_wins_over_every_installed_copy()
    {
        Assert.Equal("/opt/kafka/librdkafka.so.1", Librdkafka.ChoosePath("/opt/kafka/librdkafka.so.1", _ => true));
    }

    [Fact]
    public void Debians_package_is_used_when_nothing_is_configured()
    {
        Assert.Equal(Librdkafka.DebianPath, Librdkafka.ChoosePath(null, _ => true));
        Assert.Equal(Librdkafka.DebianPath, Librdkafka.ChoosePath("  ", path => path == Librdkafka.DebianPath));
    }

    [Fact]
    public void Without_debians_package_the_loader_searches_for_the_soname()
    {
        Assert.Equal(Librdkafka.LibraryName, Librdkafka.ChoosePath(null, _ => false));
    }

    /// <summary>
    /// test.sh installs Debian's librdkafka1 (2.0.2): a run that picked up another copy would report
    /// results for a client other than the one the documentation names (librdkafka 2.8.0 was measured
    /// and not adopted: docs/kafka.md, "Native client").
    /// </summary>
    [Fact]
    public void The_tests_run_on_debians_librdkafka()
    {
        Assert.Equal("2.0.2", Librdkafka.Version);
    }
}
