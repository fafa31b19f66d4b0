namespace StreamFilter.Kafka.Stage;

/// <summary>Header names the stage writes; dead-letter and quarantine consumers read them in clear.</summary>
public static class RecordHeaders
{
    /// <summary>Why a record was dead-lettered or quarantined (UTF-8, no raw values).</summary>
    public const string Reason = "sf-reason";

    /// <summary>Where the input came from: "topic[partition]@offset".</summary>
    public const string Source = "sf-source";

    /// <summary>On changelog records: the input topic whose partition the state belongs to.</summary>
    public const string InputTopic = "sf-input-topic";

    /// <summary>"transactional-id:sequence" of the writing transaction; only written when tagging is on (mock-cluster verification).</summary>
    public const string Transaction = "sf-txn";
}
