using System.Buffers;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// One vendor token format: a fixed, case-sensitive prefix followed by a body of
/// <paramref name="MinBody"/>-<paramref name="MaxBody"/> characters from <paramref name="Body"/>.
/// With <paramref name="NumericHead"/> the body must open with a workspace/team number (Slack:
/// "263594206564-..." or "2-511111111-..."). <paramref name="Structure"/>, when set, checks the body's
/// layout beyond its characters and length (segment lengths, a fixed infix), for formats whose prefix
/// alone is short or common.
/// </summary>
internal sealed record KnownTokenRule(string Prefix, string EntityType, int MinBody, int MaxBody, SearchValues<char> Body, float Score,
    bool NumericHead = false, KnownTokenStructure? Structure = null);

/// <summary>A check of a token body's layout; true when it fits.</summary>
internal delegate bool KnownTokenStructure(ReadOnlySpan<char> body);
