using System.Text.RegularExpressions;

namespace StreamFilter.Core.Detection;

/// <summary>
/// Values that are never reported (test card numbers a team uses, the company's support address),
/// matched case-insensitively on the exact finding text without allocating, and exclusion patterns
/// that must match a finding's whole text. Patterns are expected to be compiled with
/// <see cref="RegexOptions.NonBacktracking"/> by the rules loader, so checking them stays linear.
/// </summary>
public sealed class AllowList
{
    public static AllowList Empty { get; } = new([]);

    private readonly HashSet<string> _values;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Regex[] _patterns;

    public AllowList(IEnumerable<string> values, IEnumerable<Regex>? wholeValuePatterns = null)
    {
        _values = new HashSet<string>(values, StringComparer.OrdinalIgnoreCase);
        _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
        _patterns = wholeValuePatterns?.ToArray() ?? [];
    }

    public int Count => _values.Count;

    public IReadOnlyCollection<string> Values => _values;

    public IReadOnlyList<Regex> Patterns => _patterns;

    public bool Contains(ReadOnlySpan<char> value)
    {
        if (_values.Count != 0 && _lookup.Contains(value))
        {
            return true;
        }
        foreach (var pattern in _patterns)
        {
            if (pattern.IsMatch(value))
            {
                return true;
            }
        }
        return false;
    }
}
