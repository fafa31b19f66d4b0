using System.Globalization;
using StreamFilter.Core.Rules;
using StreamFilter.Core.Sensitivity.Classification;

namespace StreamFilter.Core.Sensitivity;

/// <summary>
/// Combines three signals into one decision per event; the level is the highest any signal gives and
/// the categories are the union: (1) detector findings through <see cref="EntitySensitivity"/> (an SSN
/// is level 3 tax, a secret level 4), (2) context rules on app, window title and URL, (3) the classifier
/// on each free-text field. Immutable and thread-safe; an event that raises nothing allocates nothing.
/// The EventProcessor's hook (Pipeline.ISensitivityAssessor on the filter branch) adapts to this with
/// empty findings, since it adds entity signals itself: see docs/sensitivity.md.
/// </summary>
public sealed class SensitivityAssessor
{
    private const int MaxCategories = 16;

    private static readonly Dictionary<string, (string Category, SensitivityLevel Level)> NoCustomEntities = [];

    private readonly SensitivityModel? _model;
    private readonly ContextRule[] _rules;
    private readonly ClassifierThresholds? _thresholds;
    private readonly IReadOnlyDictionary<string, (string Category, SensitivityLevel Level)> _customEntities;

    /// <param name="model">The classifier; null disables signal (3), e.g. for a rules-only deployment.</param>
    /// <param name="thresholds">Null: the thresholds calibrated into the model file.</param>
    /// <param name="customEntities">The rules file's declared custom entity types (<see cref="RuleSet.CustomEntities"/>).</param>
    public SensitivityAssessor(SensitivityModel? model, IReadOnlyList<ContextRule> contextRules, ClassifierThresholds? thresholds = null,
        IReadOnlyDictionary<string, (string Category, SensitivityLevel Level)>? customEntities = null)
    {
        ArgumentNullException.ThrowIfNull(contextRules);
        _model = model;
        _rules = [.. contextRules];
        _thresholds = thresholds ?? model?.Thresholds;
        _customEntities = customEntities ?? NoCustomEntities;
    }

    public SensitivityResult Assess(in AssessmentInput input)
    {
        var decision = new Decision();
        foreach (var finding in input.Findings)
        {
            var (category, level) = EntitySensitivity.Of(finding.EntityType, _customEntities);
            decision.Raise(level, category, "entity:" + finding.EntityType);
        }
        if (_rules.Length > 0 && (input.App is not null || input.WindowTitle is not null || input.Url is not null))
        {
            var url = UrlParts.Parse(input.Url);
            foreach (var rule in _rules)
            {
                if (ContextRuleMatcher.Matches(rule, input.App, input.WindowTitle, url))
                {
                    decision.Raise(rule.Level, rule.Category, "context_rule:" + rule.Name);
                }
            }
        }
        if (_model is not null)
        {
            Classify(input.Texts, ref decision);
        }
        return decision.ToResult();
    }

    private void Classify(ReadOnlySpan<string> texts, ref Decision decision)
    {
        var model = _model!;
        var thresholds = _thresholds!;
        var k = model.Categories.Count;
        Span<float> probabilities = stackalloc float[k];
        Span<float> highest = stackalloc float[k];
        highest.Clear();
        var classified = false;
        foreach (var text in texts)
        {
            if (text is null || !TextScoring.TryScore(model, text, thresholds, probabilities))
            {
                continue;
            }
            classified = true;
            for (var c = 0; c < k; c++)
            {
                highest[c] = Math.Max(highest[c], probabilities[c]);
            }
        }
        if (!classified)
        {
            return;
        }
        for (var c = 0; c < k; c++)
        {
            var category = model.Categories[c];
            if (thresholds.Raises(category, highest[c]))
            {
                decision.Raise(SensitivityLevel.Sensitive, category, string.Create(CultureInfo.InvariantCulture, $"classifier:{category}:{highest[c]:0.00}"));
            }
        }
    }

    /// <summary>Accumulates signals; lists are created only when something raises the event.</summary>
    private struct Decision
    {
        private SensitivityLevel _level;
        private List<string>? _categories;
        private List<SensitivitySignal>? _signals;

        public void Raise(SensitivityLevel level, string? category, string reason)
        {
            _level = level > _level ? level : _level;
            _signals ??= [];
            var signal = new SensitivitySignal(category, level, reason);
            if (!_signals.Contains(signal))
            {
                _signals.Add(signal);
            }
            if (category is not null && !string.Equals(category, Category.Work, StringComparison.Ordinal))
            {
                _categories ??= [];
                if (_categories.Count < MaxCategories && !_categories.Contains(category))
                {
                    _categories.Add(category);
                }
            }
        }

        public readonly SensitivityResult ToResult()
        {
            if (_signals is null)
            {
                return SensitivityResult.Ordinary;
            }
            var level = _level < SensitivityLevel.Ordinary ? SensitivityLevel.Ordinary : _level;
            IReadOnlyList<string> categories = _categories is null ? [Category.Work] : _categories;
            return new SensitivityResult(level, categories, _signals);
        }
    }
}
