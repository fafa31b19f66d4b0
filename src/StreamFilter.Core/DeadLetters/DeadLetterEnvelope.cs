using StreamFilter.Core.Pipeline;

namespace StreamFilter.Core.DeadLetters;

/// <summary>
/// One encrypted dead letter or quarantined event. Kind, reason and position are in clear so an operator
/// can list and count them without the key; they are also authenticated (AES-GCM associated data), so
/// they cannot be altered or moved onto another record's ciphertext unnoticed.
/// </summary>
public sealed record DeadLetterEnvelope(
    DeadLetterKind Kind,
    string Reason,
    SourcePosition Position,
    byte[] Nonce,
    byte[] Tag,
    byte[] Ciphertext);
