using System.Text.RegularExpressions;
using StreamFilter.Core.Detection;
using StreamFilter.Core.Detection.Custom;
using StreamFilter.Core.Sensitivity;
using YamlDotNet.RepresentationModel;

namespace StreamFilter.Core.Rules.Parsing;

/// <summary>
/// <c>custom:</c> detectors defined by the privacy team: a NonBacktracking regex or a term dictionary,
/// reporting an entity type that is either built in or new (a new type must say its category and
/// level, so the sensitivity policy knows what an event holding it is).
/// </summary>
internal static partial class CustomSection
{
    private static readonly string[] Keys =
        ["name", "entity", "type", "pattern", "terms", "terms_file", "score", "context", "threshold", "category", "level", "case_sensitive"];

    /// <summary>Score a custom match gets when the rule does not say: above the default threshold,
    /// so a plain rule reports without needing context words.</summary>
    private const double DefaultScore = 0.8;

    public static void Parse(RulesParseContext context, YamlNode node, RuleSetDraft draft)
    {
        if (context.Sequence(node, "custom") is not { } list)
        {
            return;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        var thresholdOwner = new Dictionary<string, (string Rule, double Value)>(StringComparer.Ordinal);
        for (var index = 0; index < list.Children.Count; index++)
        {
            var item = list.Children[index];
            var label = item is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("name"), out var n) && n is YamlScalarNode { Value: { } v }
                ? v : $"#{index + 1}";
            var rule = $"custom detector '{label}'";
            if (context.Open(item, rule, Keys) is { } fields && ParseOne(context, fields, rule, names, thresholdOwner, draft) is { } detector)
            {
                draft.CustomDetectors.Add(detector);
            }
        }
    }

    private static Detector? ParseOne(RulesParseContext context, FieldReader fields, string rule, HashSet<string> names,
        Dictionary<string, (string Rule, double Value)> thresholdOwner, RuleSetDraft draft)
    {
        var errorsBefore = context.Errors.Count;
        var name = fields.String("name", required: true);
        var entity = fields.String("entity", required: true);
        var kind = fields.String("type", required: true);
        var score = fields.Number("score", 0, 1) ?? DefaultScore;
        var threshold = fields.Number("threshold", 0, 1);
        var caseSensitive = fields.Bool("case_sensitive") ?? false;
        var contextWords = fields.Strings("context");
        if (name is not null && !IdPattern().IsMatch(name))
        {
            context.Error(fields["name"]!, rule, "name: use lower-case letters, digits and '_' (like employee_id)");
        }
        else if (name is not null && (DetectorCatalog.Find(name) is not null || !names.Add(name)))
        {
            context.Error(fields["name"]!, rule, "name: already used by another detector");
        }
        if (entity is not null && !EntityPattern().IsMatch(entity))
        {
            context.Error(fields["entity"]!, rule, "entity: use upper-case letters, digits and '_' (like EMPLOYEE_ID)");
            entity = null;
        }
        if (entity is not null)
        {
            DeclareEntity(context, fields, rule, entity, draft);
        }
        if (entity is not null && threshold is { } t)
        {
            if (thresholdOwner.TryGetValue(entity, out var owner) && owner.Value != t)
            {
                context.Error(fields["threshold"]!, rule, $"threshold: {owner.Rule} already sets a different threshold for {entity}");
            }
            thresholdOwner[entity] = (rule, t);
        }
        Detector? detector = kind switch
        {
            "regex" => BuildRegex(context, fields, rule, name, entity, (float)score, caseSensitive),
            "dictionary" => BuildDictionary(context, fields, rule, name, entity, (float)score, caseSensitive),
            null => null,
            _ => Reject(context, fields["type"]!, rule, $"type: unknown detector type '{kind}' (expected regex or dictionary)"),
        };
        if (detector is null || context.Errors.Count != errorsBefore)
        {
            return null;
        }
        // Context words add to the entity's words: several rules (or a built-in detector) may report it.
        var current = draft.Scoring.GetValueOrDefault(entity!, EntityScoring.Default);
        var words = contextWords is null ? current.Context : new ContextWords([.. current.Context.Words, .. contextWords]);
        draft.Scoring[entity!] = new EntityScoring(threshold is { } value ? (float)value : current.Threshold, words);
        return detector;
    }

    private static void DeclareEntity(RulesParseContext context, FieldReader fields, string rule, string entity, RuleSetDraft draft)
    {
        var categoryName = fields.String("category");
        var level = fields.Int("level", 1, 4);
        if (KnownEntityTypes.IsBuiltIn(entity))
        {
            if (categoryName is not null || level is not null)
            {
                context.Error(fields.Node, rule, $"{entity} is a built-in entity type; its category and level are fixed");
            }
            return;
        }
        if (categoryName is null || level is null)
        {
            context.Error(fields.Node, rule, $"missing required field '{(categoryName is null ? "category" : "level")}' (a new entity type must declare both)");
            return;
        }
        if (!Category.IsKnown(categoryName))
        {
            context.Error(fields["category"]!, rule, $"unknown category '{categoryName}' (expected one of: {string.Join(", ", Category.All)})");
            return;
        }
        var declared = (categoryName, (SensitivityLevel)level.Value);
        if (draft.CustomEntities.TryGetValue(entity, out var earlier) && earlier != declared)
        {
            context.Error(fields.Node, rule, $"{entity} was declared earlier with another category or level");
            return;
        }
        draft.CustomEntities[entity] = declared;
    }

    private static RegexDetector? BuildRegex(RulesParseContext context, FieldReader fields, string rule, string? name, string? entity, float score, bool caseSensitive)
    {
        if (fields.Has("terms") || fields.Has("terms_file"))
        {
            context.Error(fields.Node, rule, "terms and terms_file belong to dictionary detectors, not regex");
        }
        if (fields.String("pattern", required: true) is not { } pattern)
        {
            return null;
        }
        var regex = PatternCompiler.Compile(pattern, caseSensitive, out var error);
        if (regex is null)
        {
            context.Error(fields["pattern"]!, rule, error!);
            return null;
        }
        return name is null || entity is null ? null : new RegexDetector(name, entity, regex, score);
    }

    private static DictionaryDetector? BuildDictionary(RulesParseContext context, FieldReader fields, string rule, string? name, string? entity, float score, bool caseSensitive)
    {
        if (fields.Has("pattern"))
        {
            context.Error(fields["pattern"]!, rule, "pattern belongs to regex detectors, not dictionary");
        }
        if (fields.Has("terms") == fields.Has("terms_file"))
        {
            context.Error(fields.Node, rule, "a dictionary needs exactly one of 'terms' or 'terms_file'");
            return null;
        }
        var terms = fields.Has("terms") ? fields.Strings("terms") : TermsFile.Read(context, fields, rule);
        if (terms is null)
        {
            return null;
        }
        if (terms.Count == 0)
        {
            context.Error(fields.Node, rule, "the dictionary has no terms");
            return null;
        }
        return name is null || entity is null ? null : new DictionaryDetector(name, entity, terms, score, caseSensitive);
    }

    private static Detector? Reject(RulesParseContext context, YamlNode node, string rule, string message)
    {
        context.Error(node, rule, message);
        return null;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex EntityPattern();
}
