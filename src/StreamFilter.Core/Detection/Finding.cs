namespace StreamFilter.Core.Detection;

/// <summary>
/// One detected sensitive value: where it is, what it is and how sure we are. It deliberately
/// holds no copy of the value: offsets are UTF-16 code units into the scanned text, end exclusive,
/// so a finding can be logged, counted and audited without leaking what it points at.
/// </summary>
public readonly record struct Finding(string EntityType, int Start, int End, float Score)
{
    public int Length => End - Start;

    public bool Overlaps(in Finding other) => Start < other.End && other.Start < End;
}
