using StreamFilter.Core.Redaction;
using YamlDotNet.RepresentationModel;

namespace StreamFilter.Core.Rules.Parsing;

/// <summary>
/// <c>entities:</c> the redaction operator per entity type, either as a word
/// (<c>EMAIL_ADDRESS: pseudonym</c>) or a mapping (<c>CREDIT_CARD: {operator: mask, keep_last: 4}</c>).
/// Types not listed keep their default operator.
/// </summary>
internal static class EntitiesSection
{
    private static readonly string[] Keys = ["operator", "keep_last", "mask_char"];
    private const string OperatorNames = "tag, mask, pseudonym, drop_field";

    public static void Parse(RulesParseContext context, YamlNode node, RuleSetDraft draft)
    {
        if (context.Mapping(node, "entities") is not { } map)
        {
            return;
        }
        foreach (var (keyNode, value) in map.Children)
        {
            if (context.Scalar(keyNode, "entities", "entity type") is not { } type)
            {
                continue;
            }
            var rule = $"entity '{type}'";
            if (!draft.IsKnownEntity(type))
            {
                context.Error(keyNode, rule, "unknown entity type (neither built in nor declared by a custom detector)");
                continue;
            }
            if (ParseOperator(context, value, rule) is { } op)
            {
                draft.Operators[type] = op;
            }
        }
    }

    private static RedactionOperator? ParseOperator(RulesParseContext context, YamlNode node, string rule)
    {
        if (node is YamlScalarNode)
        {
            var name = context.Scalar(node, rule, "operator");
            return name is null ? null : ByName(context, node, rule, name, null);
        }
        if (context.Open(node, rule, Keys) is not { } fields || fields.String("operator", required: true) is not { } opName)
        {
            return null;
        }
        return ByName(context, fields["operator"]!, rule, opName, fields);
    }

    private static RedactionOperator? ByName(RulesParseContext context, YamlNode node, string rule, string name, FieldReader? fields)
    {
        if (name != "mask" && fields is not null && (fields.Has("keep_last") || fields.Has("mask_char")))
        {
            context.Error(fields.Node, rule, "keep_last and mask_char only apply to the mask operator");
        }
        switch (name)
        {
            case "tag":
                return RedactionOperator.Tag;
            case "pseudonym":
                return RedactionOperator.Pseudonym;
            case "drop_field":
                return RedactionOperator.DropField;
            case "mask":
                var keepLast = fields?.Int("keep_last", 0, 64) ?? 0;
                var maskChar = fields?.String("mask_char");
                if (maskChar is { Length: not 1 })
                {
                    context.Error(fields!["mask_char"]!, rule, "mask_char: expected a single character");
                    return null;
                }
                return RedactionOperator.Mask(keepLast, maskChar?[0] ?? '*');
            default:
                context.Error(node, rule, $"unknown operator '{name}' (expected one of: {OperatorNames})");
                return null;
        }
    }
}
