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
