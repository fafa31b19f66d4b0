namespace StreamFilter.Core.Sensitivity.Classification;

/// <summary>Scores a model on labelled examples (the held-out split, never training data).</summary>
public static class ClassifierEvaluation
{
    public static ClassifierReport Run(SensitivityModel model, IReadOnlyList<TrainingExample> examples, ClassifierThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(thresholds);
        var categories = model.Categories.Concat(examples.Select(e => e.Category)).Distinct(StringComparer.Ordinal).ToList();
        var confusion = categories.Select(_ => new int[categories.Count]).ToArray();
        var probabilities = new float[model.Categories.Count];
        int work = 0, workRaised = 0, sensitive = 0, sensitiveRaised = 0;
        foreach (var example in examples)
        {
            model.Predict(example.Text, probabilities);
            var best = 0;
            var raised = false;
            for (var c = 0; c < probabilities.Length; c++)
            {
                best = probabilities[c] > probabilities[best] ? c : best;
                raised |= thresholds.Raises(model.Categories[c], probabilities[c]);
            }
            confusion[categories.IndexOf(example.Category)][categories.IndexOf(model.Categories[best])]++;
            if (string.Equals(example.Category, Category.Work, StringComparison.Ordinal))
            {
                work++;
                workRaised += raised ? 1 : 0;
            }
            else
            {
                sensitive++;
                sensitiveRaised += raised ? 1 : 0;
            }
        }
        var scores = categories.Select((name, i) => new CategoryScore(
            name,
            confusion[i][i],
            confusion.Select(row => row[i]).Sum() - confusion[i][i],
            confusion[i].Sum() - confusion[i][i])).ToList();
        return new ClassifierReport(categories, confusion, scores, examples.Count, work, workRaised, sensitive, sensitiveRaised);
    }
}
