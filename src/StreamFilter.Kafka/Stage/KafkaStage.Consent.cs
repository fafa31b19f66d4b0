using Confluent.Kafka;

namespace StreamFilter.Kafka.Stage;

/// <summary>The consent global table: followed between batches, this instance's changes written in each transaction.</summary>
public sealed partial class KafkaStage
{
    /// <summary>Consent other instances wrote since the last batch, applied before this batch is judged.</summary>
    private void FollowConsent(ConsentTableReader? reader)
    {
        if (reader is null)
        {
            return;
        }
        try
        {
            var applied = reader.CatchUp(consent!, transactionalId);
            if (applied > 0)
            {
                LogConsentFollowed(applied);
            }
            ReportRejectedConsent(reader);
        }
        catch (KafkaException ex) when (!ex.Error.IsFatal)
        {
            // The reader retries by itself; the table stays as it was until it catches up.
            LogConsumeError(ex.Error.Code, ex.Error.Reason);
        }
    }

    private void ReportRejectedConsent(ConsentTableReader reader)
    {
        if (reader.Rejected > reportedConsentRejects)
        {
            LogConsentRejected(reader.Rejected - reportedConsentRejects);
            reportedConsentRejects = reader.Rejected;
        }
    }

    /// <summary>Users whose consent changed in this batch: their new state goes to the consent topic in the batch's transaction.</summary>
    private void WriteConsentChanges(KafkaTransactionSink sink)
    {
        if (consent is null)
        {
            return;
        }
        consentChanges.Clear();
        consent.TakeChanges(consentChanges);
        foreach (var (user, value) in consentChanges)
        {
            sink.ConsentState(topology.Consent!, user, value, origin);
        }
    }
}
