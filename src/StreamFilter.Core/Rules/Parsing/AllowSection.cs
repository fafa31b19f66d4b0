using YamlDotNet.RepresentationModel;

namespace StreamFilter.Core.Rules.Parsing;

/// <summary>
/// <c>allow:</c> values never reported (whole value, case-insensitive) and <c>exclude:</c> patterns a
/// finding's whole value may match to be dropped (NonBacktracking, case-insensitive).
/// </summary>
internal static class AllowSection
{
    public static void ParseAllow(RulesParseContext context, YamlNode node, RuleSetDraft draft)
    {
        if (context.Strings(node, "allow", "allow") is { } values)
        {
            draft.Allow.AddRange(values);
        }
    }

    public static void ParseExclude(RulesParseContext context, YamlNode node, RuleSetDraft draft)
    {
        if (context.Sequence(node, "exclude") is not { } list)
        {
            return;
        }
        foreach (var item in list.Children)
        {
            if (context.Scalar(item, "exclude", "pattern") is not { } pattern || string.IsNullOrWhiteSpace(pattern))
            {
                context.Error(item, "exclude", "every entry must be a non-empty pattern");
                continue;
            }
            if (PatternCompiler.CompileWhole(pattern, out var error) is { } regex)
            {
                draft.Exclude.Add(regex);
            }
            else
            {
                context.Error(item, "exclude", error!);
            }
        }
    }
}
