using System.Text.RegularExpressions;
using StreamFilter.Core.Detection;
using StreamFilter.Core.Detection.Detectors;
using StreamFilter.Core.Policy;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Rules.Parsing;

/// <summary>
/// The rules being assembled from a file: it starts as the code defaults and each section overlays
/// what it configures. Only turned into a <see cref="RuleSet"/> once the whole file parsed without
/// error, so a broken file never yields a half-applied rule set.
/// </summary>
internal sealed class RuleSetDraft
{
    public RuleSetDraft()
    {
        foreach (var detector in DetectorCatalog.BuiltIn)
        {
            foreach (var type in detector.EntityTypes)
            {
                Scoring[type] = detector.DefaultScoring(type);
            }
        }
    }

    public string? Version { get; set; }

    public HashSet<string> DisabledDetectors { get; } = new(StringComparer.Ordinal);

    /// <summary>The phone detector's default regions, when the file names them (null: the built-in list).</summary>
    public IReadOnlyList<string>? PhoneRegions { get; set; }

    public Dictionary<string, EntityScoring> Scoring { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, RedactionOperator> Operators { get; } = new(DefaultRules.Operators, StringComparer.Ordinal);

    public List<Detector> CustomDetectors { get; } = [];

    public Dictionary<string, (string Category, SensitivityLevel Level)> CustomEntities { get; } = new(StringComparer.Ordinal);

    public List<string> Allow { get; } = [];

    public List<Regex> Exclude { get; } = [];

    public Dictionary<string, PolicyAction> CategoryActions { get; } = new(SensitivityPolicy.Default.ByCategory, StringComparer.Ordinal);

    public Dictionary<SensitivityLevel, PolicyAction> LevelActions { get; } = new(SensitivityPolicy.Default.ByLevel);

    public List<ContextRule> ContextRules { get; set; } = [.. DefaultContextRules.All];

    public KeystrokeOptions Keystrokes { get; set; } = new();

    public ConsentOptions Consent { get; set; } = new();

    public LimitsOptions Limits { get; set; } = new();

    /// <summary>True for built-in entity types and custom types declared so far.</summary>
    public bool IsKnownEntity(string type) => KnownEntityTypes.IsBuiltIn(type) || CustomEntities.ContainsKey(type);

    public RuleSet Build(string version, string? sourcePath, Pseudonymizer pseudonymizer)
    {
        var detectors = new List<Detector>();
        foreach (var detector in DetectorCatalog.BuiltIn)
        {
            if (!DisabledDetectors.Contains(detector.Id))
            {
                var configured = detector is PhoneNumberDetector phone && PhoneRegions is { } regions && !phone.Regions.SequenceEqual(regions)
                    ? new PhoneNumberDetector(regions)
                    : detector;
                detectors.Add(configured);
            }
        }
        detectors.AddRange(CustomDetectors);
        return new RuleSet
        {
            Version = version,
            SourcePath = sourcePath,
            Engine = new DetectorEngine(detectors, Scoring, new AllowList(Allow, Exclude)),
            Redactor = new Redactor(Operators, RedactionOperator.Tag, pseudonymizer),
            Policy = new SensitivityPolicy(CategoryActions, LevelActions),
            ContextRules = ContextRules,
            CustomEntities = CustomEntities,
            Keystrokes = Keystrokes,
            Consent = Consent,
            Limits = Limits,
        };
    }
}
