using StreamFilter.Core.Detection;
using StreamFilter.Core.Policy;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Rules;

/// <summary>
/// Everything the rules file configures, validated and compiled. Immutable: a reload builds a new
/// RuleSet and swaps the reference atomically, so an event is always judged by one consistent version.
/// </summary>
public sealed class RuleSet
{
    /// <summary>The policy version stamped on every output and audit record (a hash of the file).</summary>
    public required string Version { get; init; }

    /// <summary>The file it was loaded from; null for the built-in defaults.</summary>
    public string? SourcePath { get; init; }

    public required DetectorEngine Engine { get; init; }

    public required Redactor Redactor { get; init; }

    public SensitivityPolicy Policy { get; init; } = SensitivityPolicy.Default;

    public IReadOnlyList<ContextRule> ContextRules { get; init; } = [];

    /// <summary>Category and level of the entity types custom detectors introduce (see <see cref="EntitySensitivity.Of(string, IReadOnlyDictionary{string, ValueTuple{string, SensitivityLevel}})"/>).</summary>
    public IReadOnlyDictionary<string, (string Category, SensitivityLevel Level)> CustomEntities { get; init; } =
        new Dictionary<string, (string Category, SensitivityLevel Level)>();

    public KeystrokeOptions Keystrokes { get; init; } = new();

    public ConsentOptions Consent { get; init; } = new();

    public LimitsOptions Limits { get; init; } = new();
}
