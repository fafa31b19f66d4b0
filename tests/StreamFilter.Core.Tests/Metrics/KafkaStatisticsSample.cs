namespace StreamFilter.Core.Tests.Metrics;

/// <summary>
/// A consumer statistics payload shaped like librdkafka 2.0's (written for these tests, trimmed): broker
/// and consumer-group sections with nested objects and arrays to skip, a topic with two fetched
/// partitions, one partition with unknown lag and the internal partition -1.
/// </summary>
internal static class KafkaStatisticsSample
{
    public const string Consumer = """
        {
          "name": "streamfilter#consumer-1", "client_id": "streamfilter", "type": "consumer",
          "ts": 5016483227792, "time": 1716193462, "age": 5002231, "replyq": 0,
          "msg_cnt": 0, "msg_size": 0, "msg_max": 100000, "msg_size_max": 1073741824,
          "brokers": {
            "127.0.0.1:39121/1": {
              "name": "127.0.0.1:39121/1", "nodeid": 1, "state": "UP", "rtt": { "min": 81, "max": 912, "avg": 240, "cnt": 12 },
              "req": { "Fetch": 41, "OffsetCommit": 2 },
              "toppars": { "events.keystroke-0": { "topic": "events.keystroke", "partition": 0 } }
            }
          },
          "topics": {
            "events.keystroke": {
              "topic": "events.keystroke", "age": 5001, "metadata_age": 4010,
              "batchsize": { "min": 0, "max": 0, "avg": 0, "hdrsize": 14448, "cnt": 0 },
              "partitions": {
                "0": { "partition": 0, "broker": 1, "leader": 1, "desired": true, "fetch_state": "active",
                       "next_offset": 120, "committed_offset": 100, "hi_offset": 150, "ls_offset": 150,
                       "consumer_lag": 30, "consumer_lag_stored": 50, "txmsgs": 0 },
                "1": { "partition": 1, "broker": 1, "leader": 1, "desired": true, "fetch_state": "active",
                       "next_offset": 7, "hi_offset": 7, "consumer_lag": 0, "consumer_lag_stored": 0 },
                "2": { "partition": 2, "broker": 1, "leader": 1, "desired": false, "fetch_state": "none",
                       "next_offset": -1001, "hi_offset": -1, "consumer_lag": -1 },
                "-1": { "partition": -1, "broker": -1, "leader": -1, "desired": false, "fetch_state": "none",
                        "consumer_lag": -1 }
              }
            },
            "events.transcript": {
              "topic": "events.transcript",
              "partitions": {
                "3": { "consumer_lag": 1234567890123, "partition": 3, "lags": [1, 2, { "x": [] }] }
              }
            }
          },
          "cgrp": { "state": "up", "join_state": "steady", "assignment_size": 3 },
          "tx": 0, "rx": 61
        }
        """;
}
