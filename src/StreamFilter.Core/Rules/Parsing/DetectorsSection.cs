using StreamFilter.Core.Detection;
using StreamFilter.Core.Detection.Detectors;
using StreamFilter.Core.Detection.Detectors.Phones;
using YamlDotNet.RepresentationModel;

namespace StreamFilter.Core.Rules.Parsing;

/// <summary>
/// <c>detectors:</c> switches built-in detectors on and off and tunes their scoring. Threshold and
/// context keys at the detector level apply to every entity type it reports; under <c>entities:</c>
/// they apply to one type.
/// </summary>
internal static class DetectorsSection
{
    private static readonly string[] DetectorKeys = ["enabled", "threshold", "context", "context_add", "entities"];

    /// <summary>The phone detector also takes the regions whose national formats it recognises.</summary>
    private static readonly string[] PhoneKeys = [.. DetectorKeys, "regions"];
    private static readonly string[] ScoringKeys = ["threshold", "context", "context_add"];

    public static void Parse(RulesParseContext context, YamlNode node, RuleSetDraft draft)
    {
        if (context.Mapping(node, "detectors") is not { } map)
        {
            return;
        }
        foreach (var (keyNode, value) in map.Children)
        {
            if (context.Scalar(keyNode, "detectors", "detector id") is not { } id)
            {
                continue;
            }
            var rule = $"detector '{id}'";
            if (DetectorCatalog.Find(id) is not { } detector)
            {
                context.Error(keyNode, rule, $"unknown detector (built-in detectors: {string.Join(", ", DetectorCatalog.BuiltIn.Select(d => d.Id))})");
                continue;
            }
            var isPhone = detector is PhoneNumberDetector;
            if (context.Open(value, rule, isPhone ? PhoneKeys : DetectorKeys) is not { } fields)
            {
                continue;
            }
            if (fields.Bool("enabled") is { } enabled)
            {
                if (enabled)
                {
                    draft.DisabledDetectors.Remove(id);
                }
                else
                {
                    draft.DisabledDetectors.Add(id);
                }
            }
            ApplyScoring(fields, detector.EntityTypes, draft);
            if (isPhone && fields["regions"] is { } regionsNode)
            {
                ParsePhoneRegions(context, fields, regionsNode, rule, draft);
            }
            if (fields["entities"] is { } entities)
            {
                ParseEntities(context, entities, detector, rule, draft);
            }
        }
    }

    /// <summary><c>regions: [US, GB, ...]</c>: ISO 3166 codes Google's phone metadata knows, at least one.</summary>
    private static void ParsePhoneRegions(RulesParseContext context, FieldReader fields, YamlNode node, string rule, RuleSetDraft draft)
    {
        if (fields.Strings("regions") is not { } regions)
        {
            return;
        }
        var unknown = regions.Where(r => !PhoneMetadata.IsKnownRegion(r)).ToArray();
        if (unknown.Length > 0)
        {
            context.Error(node, rule, $"regions: unknown region code(s) {string.Join(", ", unknown)} (ISO 3166 alpha-2, upper case: US, GB, DE ...)");
            return;
        }
        if (regions.Count == 0)
        {
            context.Error(node, rule, "regions: list at least one region");
            return;
        }
        draft.PhoneRegions = regions.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static void ParseEntities(RulesParseContext context, YamlNode node, Detector detector, string rule, RuleSetDraft draft)
    {
        if (context.Mapping(node, rule) is not { } map)
        {
            return;
        }
        foreach (var (keyNode, value) in map.Children)
        {
            if (context.Scalar(keyNode, rule, "entity type") is not { } type)
            {
                continue;
            }
            if (!detector.EntityTypes.Contains(type, StringComparer.Ordinal))
            {
                context.Error(keyNode, rule, $"unknown entity '{type}' for this detector (it reports: {string.Join(", ", detector.EntityTypes)})");
                continue;
            }
            if (context.Open(value, $"{rule} entity '{type}'", ScoringKeys) is { } fields)
            {
                ApplyScoring(fields, [type], draft);
            }
        }
    }

    /// <summary>Overlays threshold and context words on the current scoring of <paramref name="types"/>:
    /// <c>context</c> replaces the words, <c>context_add</c> extends them.</summary>
    public static void ApplyScoring(FieldReader fields, IEnumerable<string> types, RuleSetDraft draft)
    {
        var threshold = fields.Number("threshold", 0, 1);
        var replace = fields.Strings("context");
        var add = fields.Strings("context_add");
        foreach (var type in types)
        {
            var current = draft.Scoring.GetValueOrDefault(type, EntityScoring.Default);
            var words = replace is null && add is null
                ? current.Context
                : new ContextWords([.. replace ?? current.Context.Words, .. add ?? []]);
            draft.Scoring[type] = new EntityScoring(threshold is { } t ? (float)t : current.Threshold, words);
        }
    }
}
