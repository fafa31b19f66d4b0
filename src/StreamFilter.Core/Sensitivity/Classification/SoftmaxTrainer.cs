namespace StreamFilter.Core.Sensitivity.Classification;

/// <summary>
/// Trains a <see cref="SensitivityModel"/>: multinomial logistic regression, AdaGrad with L2, examples
/// shuffled per epoch by a seeded <see cref="Random"/>. Single-threaded and without any time or
/// hash-randomised input, so the same data, order and options give a bit-identical model.
/// </summary>
public static class SoftmaxTrainer
{
    private const float Epsilon = 1e-6f;

    public static SensitivityModel Train(IReadOnlyList<TrainingExample> examples, TrainerOptions options)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        var categories = examples.Select(e => e.Category).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (categories.Length < 2)
        {
            throw new ArgumentException("training needs examples of at least two categories", nameof(examples));
        }
        var featurizer = new NGramFeaturizer(options.Hashing);
        var vectors = examples.Select(e => Vectorize(featurizer, e.Text)).ToArray();
        var labels = examples.Select(e => Array.IndexOf(categories, e.Category)).ToArray();

        var k = categories.Length;
        var weights = new float[options.Hashing.Buckets * k];
        var squares = new float[weights.Length];
        var bias = new float[k];
        var biasSquares = new float[k];
        var gradient = new float[k];
        var weightOf = CategoryWeights(labels, k, options.BalanceCategories);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(options.Seed);
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var (indices, values) = vectors[i];
                Probabilities(indices, values, weights, bias, gradient);
                gradient[labels[i]] -= 1f;
                for (var c = 0; c < k; c++)
                {
                    gradient[c] *= weightOf[labels[i]];
                }
                Update(indices, values, gradient, weights, squares, options);
                for (var c = 0; c < k; c++)
                {
                    biasSquares[c] += gradient[c] * gradient[c];
                    bias[c] -= options.LearningRate * gradient[c] / (MathF.Sqrt(biasSquares[c]) + Epsilon);
                }
            }
        }
        return Quantize(options, categories, weights, bias);
    }

    private static float[] CategoryWeights(int[] labels, int k, bool balance)
    {
        var weights = new float[k];
        Array.Fill(weights, 1f);
        if (balance)
        {
            var counts = new int[k];
            foreach (var label in labels)
            {
                counts[label]++;
            }
            for (var c = 0; c < k; c++)
            {
                weights[c] = (float)labels.Length / (k * counts[c]);
            }
        }
        return weights;
    }

    private static (int[] Indices, float[] Values) Vectorize(NGramFeaturizer featurizer, string text)
    {
        var indices = new int[featurizer.MaxFeatures(text.Length)];
        var values = new float[indices.Length];
        var n = featurizer.Featurize(text, indices, values);
        return (indices[..n], values[..n]);
    }

    private static void Probabilities(int[] indices, float[] values, float[] weights, float[] bias, Span<float> output)
    {
        var k = output.Length;
        bias.CopyTo(output);
        for (var i = 0; i < indices.Length; i++)
        {
            var row = weights.AsSpan(indices[i] * k, k);
            for (var c = 0; c < k; c++)
            {
                output[c] += row[c] * values[i];
            }
        }
        SensitivityModel.Softmax(output);
    }

    private static void Update(int[] indices, float[] values, float[] gradient, float[] weights, float[] squares, TrainerOptions options)
    {
        var k = gradient.Length;
        for (var i = 0; i < indices.Length; i++)
        {
            var offset = indices[i] * k;
            for (var c = 0; c < k; c++)
            {
                var g = (gradient[c] * values[i]) + (options.L2 * weights[offset + c]);
                squares[offset + c] += g * g;
                weights[offset + c] -= options.LearningRate * g / (MathF.Sqrt(squares[offset + c]) + Epsilon);
            }
        }
    }

    /// <summary>int8 per category: scale = max |w| / 127, so the strongest n-gram keeps full resolution.</summary>
    private static SensitivityModel Quantize(TrainerOptions options, string[] categories, float[] weights, float[] bias)
    {
        var k = categories.Length;
        var scales = new float[k];
        for (var i = 0; i < weights.Length; i++)
        {
            scales[i % k] = Math.Max(scales[i % k], Math.Abs(weights[i]));
        }
        for (var c = 0; c < k; c++)
        {
            scales[c] = scales[c] > 0 ? scales[c] / 127f : 1f;
        }
        var quantized = new sbyte[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            quantized[i] = (sbyte)Math.Clamp(MathF.Round(weights[i] / scales[i % k]), -127, 127);
        }
        return new SensitivityModel(options.Hashing, categories, quantized, scales, bias, options.Description);
    }
}
