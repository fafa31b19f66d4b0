using System.Buffers;

namespace StreamFilter.Core.Sensitivity.Classification;

/// <summary>
/// A multinomial logistic regression (maximum entropy) over hashed n-grams: softmax(W x + b), with
/// float32 weights exported from the ML.NET trainer (streamfilter train), so a score here equals
/// ML.NET's on the same features. Carries the per-category thresholds calibrated on held-out data.
/// Immutable and thread-safe; <see cref="Predict"/> allocates nothing (stack buffers for short texts,
/// pooled ones for long texts).
/// </summary>
public sealed class SensitivityModel
{
    /// <summary>
    /// Texts longer than this are scored in chunks and each category keeps its highest probability:
    /// a sensitive paragraph inside a long, otherwise ordinary transcript must not be diluted away.
    /// </summary>
    public const int ChunkChars = 2048;

    /// <summary>Feature buffers up to this size live on the stack, sized to the text: the runtime zeroes
    /// stack buffers, so a fixed 16 KiB one would cost more than scoring a chat message.</summary>
    private const int StackFeatures = 2048;

    private readonly float[] _weights;
    private readonly float[] _bias;
    private readonly string[] _categories;

    /// <param name="weights">Bucket-major: the k weights of bucket i at [i * k, i * k + k).</param>
    /// <param name="thresholds">Per category, the probability at which it raises text to level 3 (calibrated by the trainer).</param>
    public SensitivityModel(HashingOptions hashing, string[] categories, float[] weights, float[] bias, float[] thresholds, string description)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(bias);
        ArgumentNullException.ThrowIfNull(thresholds);
        Featurizer = new NGramFeaturizer(hashing);
        if (categories.Length is < 2 or > 32 || weights.Length != hashing.Buckets * categories.Length
            || bias.Length != categories.Length || thresholds.Length != categories.Length)
        {
            throw new ArgumentException("model shape does not match its categories and buckets");
        }
        _categories = categories;
        _weights = weights;
        _bias = bias;
        Thresholds = new ClassifierThresholds(categories, thresholds);
        Description = description ?? "";
    }

    public NGramFeaturizer Featurizer { get; }

    public IReadOnlyList<string> Categories => _categories;

    /// <summary>How the model was trained (data files, counts, trainer, thresholds): for provenance.</summary>
    public string Description { get; }

    /// <summary>The thresholds calibrated on held-out data when the model was trained.</summary>
    public ClassifierThresholds Thresholds { get; }

    internal ReadOnlySpan<float> Weights => _weights;

    internal ReadOnlySpan<float> Bias => _bias;

    /// <summary>The model shipped with StreamFilter (models/sensitivity.sfm, embedded in this assembly).</summary>
    public static SensitivityModel LoadDefault() => ModelFile.LoadEmbedded();

    /// <summary>Loads a model file; throws <see cref="ModelFormatException"/> naming the file if it is not a valid model.</summary>
    public static SensitivityModel Load(string path) => ModelFile.Load(path);

    public void Save(string path) => ModelFile.Save(this, path);

    /// <summary>
    /// Writes one probability per category (in <see cref="Categories"/> order) into
    /// <paramref name="probabilities"/>. Empty text gets a uniform distribution.
    /// </summary>
    public void Predict(ReadOnlySpan<char> text, Span<float> probabilities)
    {
        var k = _categories.Length;
        if (probabilities.Length < k)
        {
            throw new ArgumentException($"need room for {k} probabilities", nameof(probabilities));
        }
        probabilities = probabilities[..k];
        if (text.Length <= ChunkChars)
        {
            PredictChunk(text, probabilities);
            return;
        }
        Span<float> chunk = stackalloc float[k];
        probabilities.Clear();
        while (!text.IsEmpty)
        {
            var cut = ChunkEnd(text);
            PredictChunk(text[..cut], chunk);
            for (var c = 0; c < k; c++)
            {
                probabilities[c] = Math.Max(probabilities[c], chunk[c]);
            }
            text = text[cut..];
        }
    }

    private void PredictChunk(ReadOnlySpan<char> text, Span<float> probabilities)
    {
        var needed = Featurizer.MaxFeatures(text.Length);
        int[]? rentedIndices = null;
        float[]? rentedValues = null;
        var indices = needed <= StackFeatures ? stackalloc int[needed] : (rentedIndices = ArrayPool<int>.Shared.Rent(needed));
        var values = needed <= StackFeatures ? stackalloc float[needed] : (rentedValues = ArrayPool<float>.Shared.Rent(needed));
        try
        {
            var n = Featurizer.Featurize(text, indices, values);
            Logits(indices[..n], values[..n], probabilities);
            Softmax(probabilities);
        }
        finally
        {
            if (rentedIndices is not null)
            {
                ArrayPool<int>.Shared.Return(rentedIndices);
                ArrayPool<float>.Shared.Return(rentedValues!);
            }
        }
    }

    private void Logits(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<float> logits)
    {
        var k = _categories.Length;
        logits.Clear();
        var weights = _weights.AsSpan();
        for (var i = 0; i < indices.Length; i++)
        {
            var row = weights.Slice(indices[i] * k, k);
            var v = values[i];
            for (var c = 0; c < k; c++)
            {
                logits[c] += row[c] * v;
            }
        }
        for (var c = 0; c < k; c++)
        {
            logits[c] += _bias[c];
        }
    }

    internal static void Softmax(Span<float> values)
    {
        var max = float.NegativeInfinity;
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }
        var sum = 0f;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = MathF.Exp(values[i] - max);
            sum += values[i];
        }
        for (var i = 0; i < values.Length; i++)
        {
            values[i] /= sum;
        }
    }

    /// <summary>Ends a chunk at the last whitespace before <see cref="ChunkChars"/> so no word is cut in two.</summary>
    private static int ChunkEnd(ReadOnlySpan<char> text)
    {
        if (text.Length <= ChunkChars)
        {
            return text.Length;
        }
        var space = text[..ChunkChars].LastIndexOfAny(' ', '\n', '\t');
        return space > ChunkChars / 2 ? space + 1 : ChunkChars;
    }
}
