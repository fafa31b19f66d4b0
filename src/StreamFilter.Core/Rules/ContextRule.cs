using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Rules;

/// <summary>
/// A sensitive-context rule: when the focused app, window title or URL matches, the event carries
/// this category and level whatever its text says (a tax-software window, a health portal).
/// Matching is case-insensitive; any listed condition matching is enough.
/// </summary>
public sealed record ContextRule
{
    public required string Name { get; init; }

    public required string Category { get; init; }

    public SensitivityLevel Level { get; init; } = SensitivityLevel.Sensitive;

    /// <summary>Application names (exact, case-insensitive).</summary>
    public IReadOnlyList<string> Apps { get; init; } = [];

    /// <summary>Substrings of the window title.</summary>
    public IReadOnlyList<string> TitleContains { get; init; } = [];

    /// <summary>URL hosts; a rule host matches itself and its subdomains.</summary>
    public IReadOnlyList<string> UrlHosts { get; init; } = [];

    /// <summary>
    /// Registrable domain names without their public suffix: "bamboohr" matches bamboohr.com,
    /// acme.bamboohr.com and bamboohr.co.uk, not bamboohr.example.com. A suite served from several
    /// domains and countries is one entry, not a host list that misses the next one.
    /// </summary>
    public IReadOnlyList<string> UrlDomains { get; init; } = [];

    /// <summary>Substrings of the URL path.</summary>
    public IReadOnlyList<string> UrlPathContains { get; init; } = [];

    /// <summary>Line in the rules file, for error messages and audit reasons.</summary>
    public int SourceLine { get; init; }
}
