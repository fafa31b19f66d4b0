using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Sensitivity;

/// <summary>
/// Decides whether a <see cref="ContextRule"/> matches an event's focus: app name exactly, window title
/// by substring, URL host including subdomains, URL path by substring; all case-insensitive, any one
/// condition is enough.
/// </summary>
internal static class ContextRuleMatcher
{
    public static bool Matches(ContextRule rule, string? app, string? windowTitle, in UrlParts url)
    {
        if (app is not null)
        {
            foreach (var candidate in rule.Apps)
            {
                if (string.Equals(candidate, app, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        if (windowTitle is not null)
        {
            foreach (var fragment in rule.TitleContains)
            {
                if (windowTitle.Contains(fragment, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        if (!url.Host.IsEmpty)
        {
            foreach (var host in rule.UrlHosts)
            {
                if (url.HostMatches(host))
                {
                    return true;
                }
            }
        }
        if (!url.Path.IsEmpty)
        {
            foreach (var fragment in rule.UrlPathContains)
            {
                if (url.Path.Contains(fragment, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
