using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StreamFilter.Core.Rules.Parsing;

/// <summary>
/// Remembers where the last successfully parsed YAML event ended. YamlDotNet reports most syntax
/// errors as <see cref="YamlException"/> with a position, but some malformed input (an unclosed flow
/// mapping, a stray ':' line) surfaces as a bare InvalidOperationException or ArgumentException;
/// this position still lets the error name a line.
/// </summary>
internal sealed class PositionTrackingParser(IParser inner) : IParser
{
    public ParsingEvent? Current => inner.Current;

    /// <summary>Line (1-based) where the last good event ended; 1 before any.</summary>
    public int LastGoodLine { get; private set; } = 1;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (moved && inner.Current is { } current)
        {
            LastGoodLine = (int)current.End.Line;
        }
        return moved;
    }
}
