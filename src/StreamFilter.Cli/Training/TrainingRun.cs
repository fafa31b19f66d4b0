using System.Globalization;
using StreamFilter.Core.Sensitivity.Classification;

namespace StreamFilter.Cli.Training;

/// <summary>
/// One `streamfilter train`: featurise, choose the trainer by cross-validation with folds by source
/// (when several candidates are given), fit it on all training data, export it, and calibrate the
/// per-category thresholds on one half of the held-out split (the other half is reported). What each
/// step decided is written to the log.
/// </summary>
internal sealed class TrainingRun(int seed, HashingOptions hashing, int folds, ThresholdCalibration calibration)
{
    /// <summary>The gate training shares with the filter: the same prose rules decide what is classified.</summary>
    private static readonly ClassifierThresholds Gate = new([], []);

    public SensitivityModel Train(LabelledDataset dataset, IReadOnlyList<TrainingCandidate> candidates, IEnumerable<string> files, TextWriter log)
    {
        var featurizer = new NGramFeaturizer(hashing);
        var rows = FeatureRows.Build(dataset.Train, featurizer, Gate, balance: true);
        if (rows.Select(r => r.Label).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            throw new ArgumentException("training needs examples of at least two categories");
        }
        var sources = rows.Select(r => r.Source).Distinct(StringComparer.Ordinal).Count();
        if (sources < 2 * folds)
        {
            // Folds by source need several sources per fold; with fewer, fold by example instead.
            for (var i = 0; i < rows.Count; i++)
            {
                rows[i].Source = string.Create(CultureInfo.InvariantCulture, $"{rows[i].Source}#{i}");
            }
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sources} sources are too few for {folds} folds by source: folds by example"));
        }
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{dataset.Train.Count - rows.Count} training texts have no prose to classify (code, logs, bare addresses) and are left to the code signal"));
        var trainer = new MaxEntTrainer(seed);
        // Cached: the trainers pass over the data many times, and re-reading the enumerable each time costs more than the passes.
        var keyed = trainer.Context.Data.Cache(trainer.Keyed(FeatureRows.Load(trainer.Context, rows, hashing.Buckets)));
        var candidate = candidates[0];
        if (candidates.Count > 1)
        {
            var chosen = ModelSelection.Choose(trainer, keyed, candidates, calibration, folds, seed, log);
            candidate = chosen.Candidate;
            log.WriteLine($"chosen by cross-validation: {candidate}");
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var fitted = trainer.Fit(keyed, candidate);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"final fit on {rows.Count} texts: {clock.Elapsed.TotalSeconds:0} s"));
        var categories = MaxEntTrainer.Categories(keyed);
        var uncalibrated = MaxEntTrainer.Export(fitted, keyed, hashing, new float[categories.Length], "");
        var (calibrationHalf, reportHalf) = SplitHeldOut(dataset.HeldOut);
        var thresholds = calibration.Calibrate(Score(uncalibrated, calibrationHalf));
        for (var c = 0; c < categories.Length; c++)
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {categories[c],-22} threshold {thresholds[c]:0.000}"));
        }
        Report = reportHalf;
        var description = string.Create(CultureInfo.InvariantCulture,
            $"streamfilter train (ML.NET {candidate}) seed={seed} thresholds on {calibrationHalf.Count} held-out texts, work-budget/category={calibration.WorkBudget:0.####} train={rows.Count} heldout={dataset.HeldOut.Count} data={string.Join(' ', files.Select(Path.GetFileName))}");
        var model = fitted;
        return MaxEntTrainer.Export(model, keyed, hashing, thresholds, description);
    }

    /// <summary>The held-out examples the thresholds were not calibrated on: what the train command reports.</summary>
    public IReadOnlyList<TrainingExample> Report { get; private set; } = [];

    /// <summary>
    /// Halves of the held-out split by a hash of the text: thresholds are calibrated on the first, the
    /// report is on the second, so the reported rates are not the ones the thresholds were fitted to.
    /// </summary>
    private static (List<TrainingExample> Calibration, List<TrainingExample> Report) SplitHeldOut(IReadOnlyList<TrainingExample> heldOut)
    {
        var calibrationHalf = new List<TrainingExample>();
        var reportHalf = new List<TrainingExample>();
        foreach (var e in heldOut)
        {
            ((Fnv(e.Text) & 1) == 0 ? calibrationHalf : reportHalf).Add(e);
        }
        return (calibrationHalf, reportHalf);
    }

    private static uint Fnv(string text)
    {
        var h = 2166136261u;
        foreach (var c in text)
        {
            h = (h ^ c) * 16777619u;
        }
        return h;
    }

    /// <summary>The model's scores on <paramref name="examples"/> as the filter computes them (texts without prose left out).</summary>
    private static OutOfFoldScores Score(SensitivityModel model, IReadOnlyList<TrainingExample> examples)
    {
        var categories = model.Categories.ToArray();
        var labels = new List<int>();
        var scores = new List<float[]>();
        var sources = new List<string>();
        foreach (var e in examples)
        {
            var p = new float[categories.Length];
            var label = Array.IndexOf(categories, e.Category);
            if (label >= 0 && TextScoring.TryScore(model, e.Text, Gate, p))
            {
                labels.Add(label);
                scores.Add(p);
                sources.Add(e.Source);
            }
        }
        return new OutOfFoldScores(categories, [.. labels], [.. scores], [.. sources], 0, 0);
    }
}
