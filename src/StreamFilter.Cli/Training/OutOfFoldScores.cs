using Microsoft.ML;
using Microsoft.ML.Data;

namespace StreamFilter.Cli.Training;

/// <summary>
/// Cross-validation with folds by source (ML.NET's sampling key): every score here comes from a model
/// that saw no text of that example's source, as the filter will meet text from sources no one trained
/// on. Model selection and the threshold calibration both read these scores.
/// </summary>
internal sealed record OutOfFoldScores(string[] Categories, int[] Labels, float[][] Scores, string[] Sources, double MacroAccuracy, double LogLoss)
{
    public static OutOfFoldScores Run(MaxEntTrainer trainer, IDataView keyed, TrainingCandidate candidate, int folds, int seed)
    {
        var ml = trainer.Context;
        var results = ml.MulticlassClassification.CrossValidate(keyed, trainer.Pipeline(candidate), folds, FeatureRows.Label, FeatureRows.Source, seed);
        var categories = MaxEntTrainer.Categories(keyed);
        var labels = new List<int>();
        var scores = new List<float[]>();
        var sources = new List<string>();
        foreach (var fold in results)
        {
            var scored = fold.ScoredHoldOutSet;
            using var cursor = scored.GetRowCursor(scored.Schema);
            var labelGetter = cursor.GetGetter<uint>(scored.Schema[FeatureRows.Label]);
            var scoreGetter = cursor.GetGetter<VBuffer<float>>(scored.Schema["Score"]);
            var sourceGetter = cursor.GetGetter<ReadOnlyMemory<char>>(scored.Schema[FeatureRows.Source]);
            uint label = 0;
            VBuffer<float> score = default;
            ReadOnlyMemory<char> source = default;
            while (cursor.MoveNext())
            {
                labelGetter(ref label);
                scoreGetter(ref score);
                sourceGetter(ref source);
                labels.Add((int)label - 1);
                scores.Add(score.DenseValues().ToArray());
                sources.Add(source.ToString());
            }
        }
        return new OutOfFoldScores(categories, [.. labels], [.. scores], [.. sources],
            results.Average(r => r.Metrics.MacroAccuracy), results.Average(r => r.Metrics.LogLoss));
    }
}
