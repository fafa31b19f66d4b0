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

    /// <summary>
    /// The name part of the host's registrable domain: "workday" for impl.workday.com, workday.co.uk and workday.com alike. The public suffix is the last label, or
    /// the last two when a country code follows a generic second level (co.uk, com.au, gob.es,
    /// govt.nz): enough for the sites context rules name, without shipping the whole public suffix list.
    /// Empty for an address or a single-label host.
    /// </summary>
    public ReadOnlySpan<char> RegistrableName()
    {
        var host = Host;
        var last = host.LastIndexOf('.');
        if (last <= 0 || IsNumericAddress(host))
        {
            return [];
        }
        var rest = host[..last];
        var second = rest.LastIndexOf('.');
        var secondLabel = rest[(second + 1)..];
        if (host.Length - last - 1 == 2 && second > 0 && IsGenericSecondLevel(secondLabel))
        {
            rest = rest[..second];
        }
        else if (host.Length - last - 1 == 2 && second < 0 && IsGenericSecondLevel(secondLabel))
        {
            // "co.uk" alone: a suffix, no registrable domain.
            return [];
        }
        var start = rest.LastIndexOf('.');
        return rest[(start + 1)..];
    }

    private static bool IsNumericAddress(ReadOnlySpan<char> host) => host.IndexOfAnyExcept("0123456789.") < 0 || host.Contains(':');

    private static bool IsGenericSecondLevel(ReadOnlySpan<char> label) =>
        label is "co" or "com" or "net" or "org" or "gov" or "govt" or "gob" or "gouv" or "ac" or "edu" or "ne" or "or" or "go" or "mil" or "nic" or "gv";

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
