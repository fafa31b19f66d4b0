using System.Text;
using System.Text.Json;
using StreamFilter.Core.Metrics;

namespace StreamFilter.Core.Tests.Metrics;

public class KafkaStatisticsParserTests
{
    [Fact]
    public void Reads_the_lag_of_every_fetched_partition_and_skips_unknown_ones()
    {
        var lags = new List<PartitionLag>();
        KafkaStatisticsParser.ParseConsumerLag(Encoding.UTF8.GetBytes(KafkaStatisticsSample.Consumer), lags);

        Assert.Equal(
            [
                new PartitionLag("events.keystroke", 0, 30),
                new PartitionLag("events.keystroke", 1, 0),
                new PartitionLag("events.transcript", 3, 1234567890123),
            ],
            lags);
    }

    [Fact]
    public void An_exactly_once_consumers_lag_is_its_position_behind_the_last_stable_offset()
    {
        // Transactional offset commits leave committed_offset (and so consumer_lag) unknown or stale.
        var lags = new List<PartitionLag>();
        KafkaStatisticsParser.ParseConsumerLag("""
            {"topics": {"in": {"partitions": {
              "0": {"partition": 0, "app_offset": 120, "committed_offset": -1001, "ls_offset": 150, "hi_offset": 160, "consumer_lag": -1},
              "1": {"partition": 1, "app_offset": 40, "committed_offset": 10, "ls_offset": 40, "hi_offset": 40, "consumer_lag": 30},
              "2": {"partition": 2, "app_offset": -1001, "ls_offset": 9, "hi_offset": 9, "consumer_lag": -1}
            }}}}
            """u8, lags);

        Assert.Equal([new PartitionLag("in", 0, 30), new PartitionLag("in", 1, 0)], lags);
    }

    [Fact]
    public void A_producer_payload_without_topics_gives_no_lag()
    {
        var lags = new List<PartitionLag>();
        KafkaStatisticsParser.ParseConsumerLag("""{"name":"p","type":"producer","brokers":{}}"""u8, lags);
        Assert.Empty(lags);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"topics": []}""")]
    [InlineData("""{"topics": {"t": {"partitions": {"0": {"partition": 0, "consumer_lag": "many"}}}}}""")]
    [InlineData("""{"topics": {"t": {"partitions": {"0": {"partition": 0, "consumer_lag": 1.5}}}}}""")]
    [InlineData("""{"topics": {"t": {"partitions": {"0": {"partition": 0, "consumer_lag": 3}""")]
    public void Malformed_payloads_are_refused(string payload)
    {
        Assert.ThrowsAny<JsonException>(() => KafkaStatisticsParser.ParseConsumerLag(Encoding.UTF8.GetBytes(payload), []));
    }
}
