using StreamFilter.Core.Policy;
using StreamFilter.Core.Sensitivity;
using YamlDotNet.RepresentationModel;

namespace StreamFilter.Core.Rules.Parsing;

/// <summary>
/// <c>policy:</c> what happens to an event judged sensitive, per category (<c>medical: drop</c>) with a
/// fallback per level (<c>3: redact_field</c>). Entries overlay the defaults one by one.
/// </summary>
internal static class PolicySection
{
    private static readonly string[] Keys = ["categories", "levels"];
    private const string ActionNames = "pass, redact_spans, redact_field, drop, quarantine";

    public static void Parse(RulesParseContext context, YamlNode node, RuleSetDraft draft)
    {
        if (context.Open(node, "policy", Keys) is not { } fields)
        {
            return;
        }
        if (fields["categories"] is { } categories && context.Mapping(categories, "policy") is { } byCategory)
        {
            foreach (var (keyNode, value) in byCategory.Children)
            {
                if (context.Scalar(keyNode, "policy", "category") is not { } category)
                {
                    continue;
                }
                if (!Category.IsKnown(category))
                {
                    context.Error(keyNode, "policy", $"unknown category '{category}' (expected one of: {string.Join(", ", Category.All)})");
                }
                else if (Action(context, value) is { } action)
                {
                    draft.CategoryActions[category] = action;
                }
            }
        }
        if (fields["levels"] is { } levels && context.Mapping(levels, "policy") is { } byLevel)
        {
            foreach (var (keyNode, value) in byLevel.Children)
            {
                var text = context.Scalar(keyNode, "policy", "level");
                if (text is null)
                {
                    continue;
                }
                if (text is not ("1" or "2" or "3" or "4"))
                {
                    context.Error(keyNode, "policy", $"unknown level '{text}' (levels are 1 to 4)");
                }
                else if (Action(context, value) is { } action)
                {
                    draft.LevelActions[(SensitivityLevel)(text[0] - '0')] = action;
                }
            }
        }
    }

    private static PolicyAction? Action(RulesParseContext context, YamlNode node)
    {
        PolicyAction? action = context.Scalar(node, "policy", "action") switch
        {
            null => null,
            "pass" => PolicyAction.Pass,
            "redact_spans" => PolicyAction.RedactSpans,
            "redact_field" => PolicyAction.RedactField,
            "drop" => PolicyAction.Drop,
            "quarantine" => PolicyAction.Quarantine,
            var other => Unknown(context, node, other),
        };
        return action;
    }

    private static PolicyAction? Unknown(RulesParseContext context, YamlNode node, string name)
    {
        context.Error(node, "policy", $"unknown action '{name}' (expected one of: {ActionNames})");
        return null;
    }
}
