using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Sensitivity;

/// <summary>
/// Finds the sensitive-context rule (tax software, bank, health portal, private messenger) that the
/// focused app, window title or URL of an event matches. Among several matches the highest level wins,
/// then the first in the rules file. Case-insensitive; URL hosts match themselves and their subdomains
/// ("intuit.com" matches "turbotax.intuit.com", not "notintuit.com").
/// </summary>
public sealed class ContextRuleMatcher(IReadOnlyList<ContextRule> rules)
{
    public ContextRule? Match(string? app, string? windowTitle, string? url)
    {
        if (rules.Count == 0 || (app is null && windowTitle is null && url is null))
        {
            return null;
        }
        var (host, path) = SplitUrl(url);
        ContextRule? best = null;
        foreach (var rule in rules)
        {
            if ((best is null || rule.Level > best.Level) && Matches(rule, app, windowTitle, host, path))
            {
                best = rule;
            }
        }
        return best;
    }

    private static bool Matches(ContextRule rule, string? app, string? title, string? host, string? path)
    {
        if (app is not null && ContainsExact(rule.Apps, app))
        {
            return true;
        }
        if (title is not null && AnySubstring(rule.TitleContains, title))
        {
            return true;
        }
        if (host is not null && AnyHost(rule.UrlHosts, host))
        {
            return true;
        }
        return path is not null && AnySubstring(rule.UrlPathContains, path);
    }

    private static bool ContainsExact(IReadOnlyList<string> names, string value)
    {
        foreach (var n in names)
        {
            if (string.Equals(n, value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AnySubstring(IReadOnlyList<string> needles, string haystack)
    {
        foreach (var n in needles)
        {
            if (n.Length > 0 && haystack.Contains(n, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AnyHost(IReadOnlyList<string> ruleHosts, string host)
    {
        foreach (var h in ruleHosts)
        {
            var suffix = h.TrimStart('.');
            if (suffix.Length == 0 || !host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (host.Length == suffix.Length || host[host.Length - suffix.Length - 1] == '.')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Host and path of a URL; a bare "host/path" without a scheme is read as https.</summary>
    private static (string? Host, string? Path) SplitUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return (null, null);
        }
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            || Uri.TryCreate("https://" + url, UriKind.Absolute, out uri))
        {
            return (uri.Host.TrimEnd('.'), uri.AbsolutePath);
        }
        return (null, null);
    }
}
