using System.Text.RegularExpressions;

namespace StreamFilter.Core.Detection.Custom;

/// <summary>
/// A detector defined in the rules file by a regular expression. The expression must be compiled with
/// <see cref="RegexOptions.NonBacktracking"/> (the rules loader does), so scanning is linear in the
/// text length whatever the pattern; matches are enumerated over the span without allocating.
/// </summary>
public sealed class RegexDetector : Detector
{
    private readonly Regex _regex;
    private readonly float _score;
    private readonly string[] _types;

    public RegexDetector(string id, string entityType, Regex regex, float score)
    {
        if ((regex.Options & RegexOptions.NonBacktracking) == 0)
        {
            throw new ArgumentException("Custom detectors only run NonBacktracking expressions.", nameof(regex));
        }
        Id = id;
        _types = [entityType];
        _regex = regex;
        _score = score;
    }

    public override string Id { get; }

    public override IReadOnlyList<string> EntityTypes => _types;

    public override void Scan(ReadOnlySpan<char> text, FindingList findings)
    {
        foreach (var match in _regex.EnumerateMatches(text))
        {
            // An empty match (a pattern like "x*") points at nothing to redact.
            if (match.Length > 0)
            {
                findings.Add(_types[0], match.Index, match.Index + match.Length, _score);
            }
        }
    }
}
