using StreamFilter.Kafka.Native;

namespace StreamFilter.Kafka.Tests.Native;

/// <summary>Which native Kafka client the process loads, and that the tests run on the one the stage is deployed with.</summary>
public sealed class LibrdkafkaTests
{
    [Fact]
    public void A_configured_path_wins_over_every_installed_copy()
    {
        Assert.Equal("/opt/kafka/librdkafka.so.1", Librdkafka.ChoosePath("/opt/kafka/librdkafka.so.1", _ => true));
    }

    [Fact]
    public void The_built_library_wins_over_debians_package_when_both_are_installed()
    {
        Assert.Equal(Librdkafka.BuiltPath, Librdkafka.ChoosePath(null, _ => true));
        Assert.Equal(Librdkafka.BuiltPath, Librdkafka.ChoosePath("  ", _ => true));
    }

    [Fact]
    public void Debians_package_is_used_when_nothing_was_built()
    {
        Assert.Equal(Librdkafka.DebianPath, Librdkafka.ChoosePath(null, path => path == Librdkafka.DebianPath));
    }

    [Fact]
    public void With_neither_the_loader_searches_for_the_soname()
    {
        Assert.Equal(Librdkafka.LibraryName, Librdkafka.ChoosePath(null, _ => false));
    }

    /// <summary>
    /// test.sh runs scripts/install-deps.sh, which builds 2.8.0; a test run that silently fell back to
    /// Debian 12's 2.0.2 would prove the stage on a client it is no longer deployed with.
    /// </summary>
    [Fact]
    public void The_tests_run_on_the_librdkafka_the_stage_is_deployed_with()
    {
        Assert.Equal("2.8.0", Librdkafka.Version);
    }
}
