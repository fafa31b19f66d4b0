using Microsoft.ML;
using Microsoft.ML.Data;
using StreamFilter.Core.Sensitivity.Classification;

namespace StreamFilter.Cli.Training;

/// <summary>
/// Training examples as an ML.NET data view: the prose of each text (<see cref="TextScoring.ProseOf"/>,
/// exactly what the filter classifies) featurised by Core's <see cref="NGramFeaturizer"/> into a sparse
/// vector of the model's bucket count. ML.NET thus trains on the very features the hot path computes,
/// so its weights and biases apply there unchanged. Examples with no prose (code, a bare address) are
/// left out: the filter never classifies them.
/// </summary>
internal static class FeatureRows
{
    public const string Label = "Label";
    public const string Features = "Features";
    public const string Weight = "Weight";
    public const string Source = "Source";

    public sealed class Row
    {
        public string Label { get; set; } = "";

        public VBuffer<float> Features { get; set; }

        public float Weight { get; set; } = 1f;

        public string Source { get; set; } = "";
    }

    /// <summary>Rows for <paramref name="examples"/>, weighted so each category weighs the same in total.</summary>
    public static List<Row> Build(IReadOnlyList<TrainingExample> examples, NGramFeaturizer featurizer, ClassifierThresholds gate, bool balance)
    {
        var kept = new List<(TrainingExample Example, string Prose)>();
        foreach (var e in examples)
        {
            if (TextScoring.ProseOf(e.Text, gate) is { } prose)
            {
                kept.Add((e, prose));
            }
        }
        var perCategory = kept.CountBy(k => k.Example.Category).ToDictionary(StringComparer.Ordinal);
        var rows = new List<Row>(kept.Count);
        foreach (var (example, prose) in kept)
        {
            var weight = balance ? (float)kept.Count / (perCategory.Count * perCategory[example.Category]) : 1f;
            rows.Add(new Row { Label = example.Category, Features = Vector(featurizer, prose), Weight = weight, Source = example.Source });
        }
        return rows;
    }

    /// <summary>The sparse feature vector of <paramref name="text"/>, indices ascending (as VBuffer requires).</summary>
    public static VBuffer<float> Vector(NGramFeaturizer featurizer, string text)
    {
        var capacity = featurizer.MaxFeatures(text.Length);
        var indices = new int[capacity];
        var values = new float[capacity];
        var n = featurizer.Featurize(text, indices, values);
        Array.Sort(indices, values, 0, n);
        return new VBuffer<float>(featurizer.Options.Buckets, n, values[..n], indices[..n]);
    }

    public static IDataView Load(MLContext ml, IEnumerable<Row> rows, int buckets)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, buckets);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }
}
