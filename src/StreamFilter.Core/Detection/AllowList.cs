namespace StreamFilter.Core.Detection;

/// <summary>
/// Values that are never reported (test card numbers a team uses, the company's support address).
/// Matched case-insensitively on the exact finding text without allocating.
/// </summary>
public sealed class AllowList
{
    public static AllowList Empty { get; } = new([]);

    private readonly HashSet<string> _values;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public AllowList(IEnumerable<string> values)
    {
        _values = new HashSet<string>(values, StringComparer.OrdinalIgnoreCase);
        _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _values.Count;

    public bool Contains(ReadOnlySpan<char> value) => _values.Count != 0 && _lookup.Contains(value);
}
