namespace StreamFilter.Core.Policy;

/// <summary>What the policy does with an event of a given category and level.</summary>
public enum PolicyAction
{
    /// <summary>Forward as is (detected spans are still redacted by their entity operators).</summary>
    Pass,

    /// <summary>Forward with only the detected spans replaced.</summary>
    RedactSpans,

    /// <summary>Forward with every free-text field of the event replaced by a category tag.</summary>
    RedactField,

    /// <summary>Do not forward; the audit record says why.</summary>
    Drop,

    /// <summary>Do not forward; keep the raw event encrypted (like a dead letter) for review.</summary>
    Quarantine,
}
