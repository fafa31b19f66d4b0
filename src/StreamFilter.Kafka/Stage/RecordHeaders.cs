namespace StreamFilter.Kafka.Stage;

/// <summary>Header names the stage writes.</summary>
public static class RecordHeaders
{
    /// <summary>On changelog records: the input topic whose partition the state belongs to.</summary>
    public const string InputTopic = "sf-input-topic";

    /// <summary>"transactional-id:sequence" of the writing transaction; only written when tagging is on (mock-cluster verification).</summary>
    public const string Transaction = "sf-txn";
}
