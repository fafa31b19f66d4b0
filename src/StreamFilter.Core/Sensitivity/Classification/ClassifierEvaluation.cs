namespace StreamFilter.Core.Sensitivity.Classification;

/// <summary>
/// Scores a model on labelled examples (the held-out split, never training data) as the filter uses it:
/// through <see cref="TextScoring"/> (prose only; code and texts without enough prose are work) and the
/// thresholds. Reports per category and per source.
/// </summary>
public static class ClassifierEvaluation
{
    public static ClassifierReport Run(SensitivityModel model, IReadOnlyList<TrainingExample> examples, ClassifierThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(thresholds);
        var categories = model.Categories.Concat(examples.Select(e => e.Category)).Distinct(StringComparer.Ordinal).ToList();
        var confusion = categories.Select(_ => new int[categories.Count]).ToArray();
        var raisedBy = new int[categories.Count];
        var probabilities = new float[model.Categories.Count];
        var workIndex = Math.Max(0, model.Categories.ToList().IndexOf(Category.Work));
        var sources = new SortedDictionary<string, SourceTally>(StringComparer.Ordinal);
        int work = 0, workRaised = 0, sensitive = 0, sensitiveRaised = 0;
        foreach (var example in examples)
        {
            if (!TextScoring.TryScore(model, example.Text, thresholds, probabilities))
            {
                // Not evidence (code, too little prose): judged as work, raised by nothing.
                probabilities.AsSpan().Clear();
                probabilities[workIndex] = 1f;
            }
            var best = 0;
            var raised = false;
            var raisedOwn = false;
            for (var c = 0; c < probabilities.Length; c++)
            {
                best = probabilities[c] > probabilities[best] ? c : best;
                var r = thresholds.Raises(model.Categories[c], probabilities[c]);
                raised |= r;
                raisedOwn |= r && string.Equals(model.Categories[c], example.Category, StringComparison.Ordinal);
            }
            var actual = categories.IndexOf(example.Category);
            confusion[actual][categories.IndexOf(model.Categories[best])]++;
            raisedBy[actual] += raised ? 1 : 0;
            var isWork = string.Equals(example.Category, Category.Work, StringComparison.Ordinal);
            if (isWork)
            {
                work++;
                workRaised += raised ? 1 : 0;
            }
            else
            {
                sensitive++;
                sensitiveRaised += raised ? 1 : 0;
            }
            if (!sources.TryGetValue(example.Source, out var tally))
            {
                sources[example.Source] = tally = new SourceTally();
            }
            tally.Add(example.Category, best == model.Categories.ToList().IndexOf(example.Category), raised, raisedOwn);
        }
        var scores = categories.Select((name, i) => new CategoryScore(
            name,
            confusion[i][i],
            confusion.Select(row => row[i]).Sum() - confusion[i][i],
            confusion[i].Sum() - confusion[i][i])
        {
            Raised = raisedBy[i],
        }).ToList();
        var bySource = sources.Select(kv => kv.Value.ToScore(kv.Key)).ToList();
        return new ClassifierReport(categories, confusion, scores, examples.Count, work, workRaised, sensitive, sensitiveRaised) { Sources = bySource };
    }

    private sealed class SourceTally
    {
        private readonly Dictionary<string, int> _labels = new(StringComparer.Ordinal);
        private int _examples;
        private int _correct;
        private int _raised;
        private int _raisedOwn;

        public void Add(string category, bool correct, bool raised, bool raisedOwn)
        {
            _labels[category] = _labels.GetValueOrDefault(category) + 1;
            _examples++;
            _correct += correct ? 1 : 0;
            _raised += raised ? 1 : 0;
            _raisedOwn += raisedOwn ? 1 : 0;
        }

        public SourceScore ToScore(string name) =>
            new(name, _labels.MaxBy(kv => kv.Value).Key, _examples, _correct, _raised, _raisedOwn);
    }
}
