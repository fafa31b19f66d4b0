using System.Buffers;
using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// Email addresses, anchored on '@' (one vectorized search), then grown left over the local part and
/// right over the domain, which must have a dot and an alphabetic top-level label of 2+ letters.
/// </summary>
public sealed class EmailDetector : AnchoredDetector
{
    private static readonly IReadOnlyList<string> Types = [EntityType.Email];

    // RFC 5322 allows '/', '=', '?' and '&' in a local part, but real addresses do not use them and URLs
    // do: "?email=jane%40example.org" (decoded by the normalised view) must yield the address, not the query.
    private static readonly SearchValues<char> LocalChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%'*+^_`{|}~-");

    private static readonly SearchValues<char> DomainChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");

    public override string Id => "email";

    public override IReadOnlyList<string> EntityTypes => Types;

    internal override void Scan(ReadOnlySpan<char> text, TextAnchors anchors, FindingList findings)
    {
        var i = 0;
        while (i < text.Length)
        {
            // The '@' signs come from the shared anchor masks: most texts have none and cost no search.
            var at = anchors.IndexOf<AtSigns>(i);
            if (at < 0)
            {
                return;
            }
            i = at + 1;
            var localLength = text[..at].LastIndexOfAnyExcept(LocalChars);
            var start = localLength + 1;
            while (start < at && text[start] is '.' or '\'')
            {
                start++;
            }
            if (start == at || at - start > 64 || IsUrlPassword(text, start))
            {
                continue;
            }
            var domainLength = text[(at + 1)..].IndexOfAnyExcept(DomainChars);
            var end = domainLength < 0 ? text.Length : at + 1 + domainLength;
            while (end > at + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }
            if (IsDomain(text[(at + 1)..end]))
            {
                findings.Add(EntityType.Email, start, end, 0.9f);
                i = end;
            }
        }
    }

    /// <summary>
    /// "scheme://user:secret@host": the text before '@' is a password, not an address; the
    /// url_credentials detector reports it.
    /// </summary>
    private static bool IsUrlPassword(ReadOnlySpan<char> text, int localStart)
    {
        if (localStart == 0 || text[localStart - 1] != ':')
        {
            return false;
        }
        var before = text[..(localStart - 1)];
        var wordStart = before.LastIndexOfAny(' ', '\t', '\n') + 1;
        return before[wordStart..].Contains("://", StringComparison.Ordinal);
    }

    private static bool IsDomain(ReadOnlySpan<char> domain)
    {
        var lastDot = domain.LastIndexOf('.');
        if (lastDot <= 0 || domain.Length > 253 || domain.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }
        var tld = domain[(lastDot + 1)..];
        if (tld.Length < 2)
        {
            return false;
        }
        foreach (var c in tld)
        {
            if (!Chars.IsAsciiLetter(c))
            {
                return false;
            }
        }
        return true;
    }
}
