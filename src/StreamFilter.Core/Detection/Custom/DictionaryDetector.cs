using System.Buffers;
using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Custom;

/// <summary>
/// A detector defined in the rules file by a list of terms (project code names, patient names in a
/// clinic's list, internal hostnames). All terms are found in one vectorized multi-string search
/// (<see cref="SearchValues{T}"/> of strings: Teddy / Aho-Corasick), never as one giant alternation.
/// A hit must be a whole word; when terms share a prefix the longest whole-word term wins.
/// </summary>
public sealed class DictionaryDetector : Detector
{
    private readonly SearchValues<string> _anchors;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _terms;
    private readonly int[] _lengthsDescending;
    private readonly float _score;
    private readonly string[] _types;

    public DictionaryDetector(string id, string entityType, IReadOnlyCollection<string> terms, float score, bool caseSensitive)
    {
        var distinct = terms.Where(t => t.Length > 0).Distinct(caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase).ToArray();
        if (distinct.Length == 0)
        {
            throw new ArgumentException("A dictionary detector needs at least one non-empty term.", nameof(terms));
        }
        var comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        Id = id;
        _types = [entityType];
        _anchors = SearchValues.Create(distinct, comparison);
        _terms = new HashSet<string>(distinct, caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _lengthsDescending = distinct.Select(t => t.Length).Distinct().OrderDescending().ToArray();
        _score = score;
    }

    public override string Id { get; }

    public override IReadOnlyList<string> EntityTypes => _types;

    public override void Scan(ReadOnlySpan<char> text, FindingList findings)
    {
        var i = 0;
        while (i < text.Length)
        {
            var hit = text[i..].IndexOfAny(_anchors);
            if (hit < 0)
            {
                return;
            }
            var start = i + hit;
            var length = Chars.IsWordStart(text, start) ? LongestWholeWordTerm(text, start) : 0;
            if (length > 0)
            {
                findings.Add(_types[0], start, start + length, _score);
                i = start + length;
            }
            else
            {
                i = start + 1;
            }
        }
    }

    /// <summary>SearchValues says some term starts here but not which: try each term length, longest first.</summary>
    private int LongestWholeWordTerm(ReadOnlySpan<char> text, int start)
    {
        var remaining = text.Length - start;
        foreach (var length in _lengthsDescending)
        {
            if (length <= remaining && Chars.IsWordEnd(text, start + length) && _terms.Contains(text.Slice(start, length)))
            {
                return length;
            }
        }
        return 0;
    }
}
