using StreamFilter.Core.Sensitivity;
using YamlDotNet.RepresentationModel;

namespace StreamFilter.Core.Rules.Parsing;

/// <summary>
/// <c>context_rules:</c> replaces the default list of sensitive apps and sites;
/// <c>context_rules_add:</c> keeps the defaults and appends to them.
/// </summary>
internal static class ContextRulesSection
{
    private static readonly string[] Keys = ["name", "category", "level", "apps", "title_contains", "url_hosts", "url_domains", "url_path_contains"];

    public static List<ContextRule> Parse(RulesParseContext context, YamlNode node, string section)
    {
        var rules = new List<ContextRule>();
        if (context.Sequence(node, section) is not { } list)
        {
            return rules;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < list.Children.Count; index++)
        {
            var item = list.Children[index];
            var label = item is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("name"), out var n) && n is YamlScalarNode { Value: { } v }
                ? v : $"#{index + 1}";
            var rule = $"context rule '{label}'";
            if (context.Open(item, rule, Keys) is { } fields && ParseOne(context, fields, rule, names) is { } parsed)
            {
                rules.Add(parsed);
            }
        }
        return rules;
    }

    private static ContextRule? ParseOne(RulesParseContext context, FieldReader fields, string rule, HashSet<string> names)
    {
        var errorsBefore = context.Errors.Count;
        var name = fields.String("name", required: true);
        var category = fields.String("category", required: true);
        var level = fields.Int("level", 1, 4);
        var apps = fields.Strings("apps") ?? [];
        var titles = fields.Strings("title_contains") ?? [];
        var hosts = fields.Strings("url_hosts") ?? [];
        var domains = fields.Strings("url_domains") ?? [];
        var paths = fields.Strings("url_path_contains") ?? [];
        if (name is not null && !names.Add(name))
        {
            context.Error(fields["name"]!, rule, "name: another context rule already has this name");
        }
        if (category is not null && !Category.IsKnown(category))
        {
            context.Error(fields["category"]!, rule, $"unknown category '{category}' (expected one of: {string.Join(", ", Category.All)})");
        }
        if (apps.Count + titles.Count + hosts.Count + domains.Count + paths.Count == 0)
        {
            context.Error(fields.Node, rule, "needs at least one of apps, title_contains, url_hosts, url_domains, url_path_contains");
        }
        if (domains.Find(d => d.Length == 0 || d.AsSpan().IndexOfAny("./: ") >= 0) is { } badDomain)
        {
            context.Error(fields["url_domains"]!, rule, $"url_domains: '{badDomain}' must be a domain name without its suffix (bamboohr, not bamboohr.com; full hosts go in url_hosts)");
        }
        if (context.Errors.Count != errorsBefore)
        {
            return null;
        }
        return new ContextRule
        {
            Name = name!,
            Category = category!,
            Level = (SensitivityLevel)(level ?? (int)SensitivityLevel.Sensitive),
            Apps = apps,
            TitleContains = titles,
            UrlHosts = hosts.ConvertAll(h => h.ToLowerInvariant()),
            UrlDomains = domains.ConvertAll(d => d.ToLowerInvariant()),
            UrlPathContains = paths,
            SourceLine = (int)fields.Node.Start.Line,
        };
    }
}
