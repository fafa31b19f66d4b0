namespace StreamFilter.Core.Events;

/// <summary>The fields of a <c>mouse</c> event.</summary>
public sealed record MouseData
{
    /// <summary><c>click</c>, <c>move</c>, <c>scroll</c>.</summary>
    public required string Action { get; init; }

    public required double X { get; init; }

    public required double Y { get; init; }

    public string? Button { get; init; }

    /// <summary>The label of the element under the pointer ("View HIV panel results"): free text, scanned.</summary>
    public string? Target { get; init; }
}
