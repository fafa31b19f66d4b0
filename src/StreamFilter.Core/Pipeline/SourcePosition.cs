using System.Globalization;

namespace StreamFilter.Core.Pipeline;

/// <summary>Where an input event came from, for audit and dead-letter records (no content).</summary>
public readonly record struct SourcePosition(string Source, long Offset)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Source}:{Offset}");
}
