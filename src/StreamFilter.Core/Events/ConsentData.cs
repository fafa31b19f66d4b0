namespace StreamFilter.Core.Events;

/// <summary>The fields of a <c>consent</c> control event.</summary>
public sealed record ConsentData
{
    /// <summary><c>pause</c>, <c>resume</c>, <c>opt_out</c>, <c>opt_in</c> (validated by the parser).</summary>
    public required string Action { get; init; }

    /// <summary>Pause length as requested; null means the configured default.</summary>
    public int? Minutes { get; init; }
}
