using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace StreamFilter.Kafka.Stage;

/// <summary>The stage's log messages: positions, counts and error codes, never record content.</summary>
public sealed partial class KafkaStage
{
    private void LogClient(LogMessage message)
    {
        var level = message.Level switch
        {
            SyslogLevel.Emergency or SyslogLevel.Alert or SyslogLevel.Critical or SyslogLevel.Error => LogLevel.Error,
            SyslogLevel.Warning => LogLevel.Warning,
            SyslogLevel.Notice or SyslogLevel.Info => LogLevel.Information,
            _ => LogLevel.Debug,
        };
        LogLibrdkafka(level, message.Name, message.Facility, message.Message);
    }

    [LoggerMessage(EventId = 1, Message = "librdkafka {Client} {Facility}: {Text}")]
    private partial void LogLibrdkafka(LogLevel level, string client, string facility, string text);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Stage started: transactional id {TransactionalId}, inputs {Topics}")]
    private partial void LogStarted(string transactionalId, string topics);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Stage stopped after committing {Records} input records")]
    private partial void LogStopped(long records);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Consume error {Code}: {Reason}")]
    private partial void LogConsumeError(ErrorCode code, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Aborting the transaction of {Records} input records after {Code}: {Reason}; rewinding to the last commit")]
    private partial void LogAborting(ErrorCode code, string reason, int records);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "The processor failed on {Position} ({Exception}); the record was dead-lettered")]
    private partial void LogProcessorFailed(string position, string exception);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "State of {Partitions} partitions restored from {Records} changelog records")]
    private partial void LogRestored(int partitions, long records);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "Assigned {Partitions}")]
    private partial void LogAssigned(string partitions);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "Revoked {Partitions}")]
    private partial void LogRevoked(string partitions);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Consent table loaded: {Records} records")]
    private partial void LogConsentLoaded(long records);

    [LoggerMessage(EventId = 12, Level = LogLevel.Debug, Message = "Consent table: {Records} records from other instances applied")]
    private partial void LogConsentFollowed(long records);

    [LoggerMessage(EventId = 13, Level = LogLevel.Error, Message = "Consent table: {Records} records were not readable consent states; those users keep their previous state")]
    private partial void LogConsentRejected(long records);

    [LoggerMessage(EventId = 16, Level = LogLevel.Information, Message = "Consumer lag of {Partitions} partitions on /metrics (from librdkafka statistics)")]
    private partial void LogLagAvailable(int partitions);

    [LoggerMessage(EventId = 10, Level = LogLevel.Critical, Message = "{Message}")]
    private partial void LogFatal(string message);
}
