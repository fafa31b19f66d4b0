using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Sensitivity;

/// <summary>
/// Decides whether a <see cref="ContextRule"/> matches an event's focus: app name exactly, window title
/// by substring, URL host including subdomains, registrable domain name on any public suffix, URL path
/// by substring; all case-insensitive, any one
/// condition is enough. Indexed loops, not foreach: enumerating an IReadOnlyList boxes its enumerator,
/// and this runs for every rule on every event.
/// </summary>
internal static class ContextRuleMatcher
{
    public static bool Matches(ContextRule rule, string? app, string? windowTitle, in UrlParts url)
    {
        if (app is not null)
        {
            for (var i = 0; i < rule.Apps.Count; i++)
            {
                if (string.Equals(rule.Apps[i], app, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        if (windowTitle is not null)
        {
            for (var i = 0; i < rule.TitleContains.Count; i++)
            {
                if (windowTitle.Contains(rule.TitleContains[i], StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        if (!url.Host.IsEmpty)
        {
            for (var i = 0; i < rule.UrlHosts.Count; i++)
            {
                if (url.HostMatches(rule.UrlHosts[i]))
                {
                    return true;
                }
            }
        }
        if (rule.UrlDomains.Count > 0 && url.RegistrableName() is { IsEmpty: false } name)
        {
            for (var i = 0; i < rule.UrlDomains.Count; i++)
            {
                if (name.Equals(rule.UrlDomains[i], StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        if (!url.Path.IsEmpty)
        {
            for (var i = 0; i < rule.UrlPathContains.Count; i++)
            {
                if (url.Path.Contains(rule.UrlPathContains[i], StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
