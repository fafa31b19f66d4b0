using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Cli.Training;

/// <summary>
/// Per-category thresholds from scores of examples the model was not trained on (held-out texts, or
/// out-of-fold scores in model selection): for each sensitive category the lowest threshold at which it
/// raises at most <see cref="WorkBudget"/> of the work examples. The budgets of all categories add up to the share of work text the classifier
/// may over-redact; recall is whatever that leaves, and is reported, not tuned for.
/// </summary>
internal sealed record ThresholdCalibration(double WorkBudget, float Floor = 0.4f, float Ceiling = 0.99f)
{
    public float[] Calibrate(OutOfFoldScores oof)
    {
        var k = oof.Categories.Length;
        var work = Array.IndexOf(oof.Categories, Category.Work);
        var thresholds = new float[k];
        for (var c = 0; c < k; c++)
        {
            thresholds[c] = c == work ? 1f : Lowest(oof, work, c);
        }
        return thresholds;
    }

    private float Lowest(OutOfFoldScores oof, int work, int c)
    {
        var workScores = new List<float>();
        for (var i = 0; i < oof.Labels.Length; i++)
        {
            if (oof.Labels[i] == work)
            {
                workScores.Add(oof.Scores[i][c]);
            }
        }
        if (workScores.Count == 0)
        {
            return Floor;
        }
        workScores.Sort();
        // The allowed number of work examples at or above the threshold.
        var allowed = (int)Math.Floor(WorkBudget * workScores.Count);
        var index = workScores.Count - 1 - allowed;
        var threshold = index < 0 ? Floor : BitIncrement(workScores[index]);
        return Math.Clamp(threshold, Floor, Ceiling);
    }

    private static float BitIncrement(float f) => MathF.BitIncrement(f);

    /// <summary>Share of each category's out-of-fold examples raised to level 3+ (any sensitive category) under <paramref name="thresholds"/>.</summary>
    public static double[] RaisedRates(OutOfFoldScores oof, float[] thresholds)
    {
        var k = oof.Categories.Length;
        var raised = new int[k];
        var total = new int[k];
        var work = Array.IndexOf(oof.Categories, Category.Work);
        for (var i = 0; i < oof.Labels.Length; i++)
        {
            total[oof.Labels[i]]++;
            for (var c = 0; c < k; c++)
            {
                if (c != work && oof.Scores[i][c] >= thresholds[c])
                {
                    raised[oof.Labels[i]]++;
                    break;
                }
            }
        }
        return [.. Enumerable.Range(0, k).Select(c => total[c] == 0 ? 0 : (double)raised[c] / total[c])];
    }
}
