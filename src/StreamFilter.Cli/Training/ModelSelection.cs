using System.Globalization;
using Microsoft.ML;
using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Cli.Training;

/// <summary>
/// Chooses the trainer setting: each candidate is cross-validated with folds by source, its thresholds
/// calibrated on its out-of-fold scores, and the candidate whose thresholds catch the most sensitive
/// text (mean over sensitive categories of the share raised to level 3+) wins. The work over-redaction
/// rate is fixed by the calibration, so candidates are compared at the same precision on work text.
/// </summary>
internal static class ModelSelection
{
    public sealed record Outcome(TrainingCandidate Candidate, OutOfFoldScores Scores, float[] Thresholds, double[] RaisedRates, double Score);

    public static Outcome Choose(MaxEntTrainer trainer, IDataView keyed, IReadOnlyList<TrainingCandidate> candidates, ThresholdCalibration calibration,
        int folds, int seed, TextWriter log)
    {
        Outcome? best = null;
        foreach (var candidate in candidates)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var oof = OutOfFoldScores.Run(trainer, keyed, candidate, folds, seed);
            var thresholds = calibration.Calibrate(oof);
            var rates = ThresholdCalibration.RaisedRates(oof, thresholds);
            var work = Array.IndexOf(oof.Categories, Category.Work);
            var score = Enumerable.Range(0, rates.Length).Where(c => c != work).Average(c => rates[c]);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"cv {candidate}: macro-accuracy {oof.MacroAccuracy:0.000}, log-loss {oof.LogLoss:0.000}, mean sensitive raised {score:0.000}, work raised {rates[work]:0.000} ({clock.Elapsed.TotalSeconds:0} s)"));
            if (best is null || score > best.Score)
            {
                best = new Outcome(candidate, oof, thresholds, rates, score);
            }
        }
        return best!;
    }
}
