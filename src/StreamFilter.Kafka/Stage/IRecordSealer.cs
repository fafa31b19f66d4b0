namespace StreamFilter.Kafka.Stage;

/// <summary>
/// Encrypts raw input before it is written to the dead-letter or quarantine topic: those records hold
/// content we could not judge or chose to withhold, so they are never stored in clear.
/// </summary>
public interface IRecordSealer
{
    /// <summary>Returns the sealed form of <paramref name="raw"/>, bound to <paramref name="associatedData"/> (the record's source position).</summary>
    byte[] Seal(ReadOnlySpan<byte> raw, ReadOnlySpan<byte> associatedData);
}
