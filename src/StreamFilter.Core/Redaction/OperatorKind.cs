namespace StreamFilter.Core.Redaction;

/// <summary>What replaces a detected value.</summary>
public enum OperatorKind
{
    /// <summary>The entity type in brackets: <c>[US_SSN]</c>.</summary>
    Tag,

    /// <summary>Every letter and digit masked except the last N: <c>************1111</c>.</summary>
    Mask,

    /// <summary>A keyed HMAC-SHA256 token, stable across events: <c>[EMAIL_ADDRESS:7f3a9c01d2]</c>.</summary>
    Pseudonym,

    /// <summary>The whole field holding the value is removed from the event.</summary>
    DropField,
}
