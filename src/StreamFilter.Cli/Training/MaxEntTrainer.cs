using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using StreamFilter.Core.Sensitivity.Classification;

namespace StreamFilter.Cli.Training;

/// <summary>
/// Trains the sensitivity classifier with ML.NET's maximum-entropy trainers on Core's features and
/// exports the result to Core's <see cref="SensitivityModel"/>: the weights (GetWeights) and biases
/// (GetBiases) of ML.NET's model, bucket for bucket, with the categories in ML.NET's key order.
/// Single-threaded with a fixed seed, so the same data give the same model.
/// </summary>
internal sealed class MaxEntTrainer(int seed)
{
    private readonly MLContext _ml = new(seed);

    public MLContext Context => _ml;

    /// <summary>
    /// The label as a key over every category of <paramref name="rows"/>, in ordinal order. Done once
    /// for all the data, not per fold, so every fold's model scores the same categories in one order.
    /// </summary>
    public IDataView Keyed(IDataView rows) =>
        _ml.Transforms.Conversion.MapValueToKey(FeatureRows.Label, keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Fit(rows).Transform(rows);

    /// <summary>The trainer, over <see cref="Keyed"/> data.</summary>
    public IEstimator<ITransformer> Pipeline(TrainingCandidate candidate)
    {
        return candidate.Kind switch
        {
            TrainerKind.Lbfgs => _ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = FeatureRows.Label,
                FeatureColumnName = FeatureRows.Features,
                ExampleWeightColumnName = FeatureRows.Weight,
                L2Regularization = candidate.L2,
                L1Regularization = candidate.L1,
                MaximumNumberOfIterations = candidate.Iterations,
                NumberOfThreads = 1,
            }),
            _ => _ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = FeatureRows.Label,
                FeatureColumnName = FeatureRows.Features,
                ExampleWeightColumnName = FeatureRows.Weight,
                L2Regularization = candidate.L2,
                L1Regularization = candidate.L1,
                MaximumNumberOfIterations = candidate.Iterations,
                NumberOfThreads = 1,
                Shuffle = true,
            }),
        };
    }

    public ITransformer Fit(IDataView keyed, TrainingCandidate candidate) => Pipeline(candidate).Fit(keyed);

    /// <summary>The categories in key order: the order of ML.NET's score vector and of the exported weights.</summary>
    public static string[] Categories(IDataView keyed)
    {
        VBuffer<ReadOnlyMemory<char>> keys = default;
        keyed.Schema[FeatureRows.Label].GetKeyValues(ref keys);
        return keys.DenseValues().Select(k => k.ToString()).ToArray();
    }

    /// <summary>ML.NET's weights and biases as a hot-path model, with the given thresholds.</summary>
    public static SensitivityModel Export(ITransformer model, IDataView keyed, HashingOptions hashing, float[] thresholds, string description)
    {
        var parameters = ((MulticlassPredictionTransformer<MaximumEntropyModelParameters>)model).Model;
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out var k);
        var categories = Categories(keyed);
        if (k != categories.Length)
        {
            throw new InvalidOperationException($"ML.NET model has {k} classes but {categories.Length} label keys");
        }
        var flat = new float[hashing.Buckets * k];
        for (var c = 0; c < k; c++)
        {
            if (weights[c].Length != hashing.Buckets)
            {
                throw new InvalidOperationException($"ML.NET weight vector has {weights[c].Length} slots, the featurizer {hashing.Buckets}");
            }
            foreach (var (slot, w) in weights[c].Items())
            {
                flat[(slot * k) + c] = w;
            }
        }
        var bias = parameters.GetBiases().ToArray();
        return new SensitivityModel(hashing, categories, flat, bias, thresholds, description);
    }
}
