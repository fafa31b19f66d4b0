namespace StreamFilter.Core.Sensitivity;

/// <summary>
/// Host and path of a URL as slices of the original string, without allocating a <see cref="Uri"/>
/// per event. Tolerates what recorders send: a missing scheme, user info, a port, a trailing dot.
/// </summary>
internal readonly ref struct UrlParts
{
    private UrlParts(ReadOnlySpan<char> host, ReadOnlySpan<char> path)
    {
        Host = host;
        Path = path;
    }

    public ReadOnlySpan<char> Host { get; }

    public ReadOnlySpan<char> Path { get; }

    public static UrlParts Parse(ReadOnlySpan<char> url)
    {
        url = url.Trim();
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            url = url[(scheme + 3)..];
        }
        var hostEnd = url.IndexOfAny('/', '?', '#');
        var authority = hostEnd < 0 ? url : url[..hostEnd];
        var rest = hostEnd < 0 ? [] : url[hostEnd..];
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority[(at + 1)..];
        }
        var colon = authority.LastIndexOf(':');
        if (colon >= 0 && !authority.EndsWith(']'))
        {
            authority = authority[..colon];
        }
        authority = authority.TrimEnd('.');
        var pathEnd = rest.IndexOfAny('?', '#');
        var path = pathEnd < 0 ? rest : rest[..pathEnd];
        return new UrlParts(authority, path);
    }

    /// <summary>True when the host is <paramref name="ruleHost"/> or one of its subdomains.</summary>
    public bool HostMatches(string ruleHost)
    {
        if (!Host.EndsWith(ruleHost, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        return Host.Length == ruleHost.Length || Host[Host.Length - ruleHost.Length - 1] == '.';
    }
}
