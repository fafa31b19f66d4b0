using System.Buffers.Binary;
using StreamFilter.Core.Sensitivity.Classification;

namespace StreamFilter.Core.Tests.Sensitivity;

public sealed class ModelFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sfm-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A small model with weights on the buckets of a few words, as the trainer would export it.</summary>
    internal static SensitivityModel Small()
    {
        var hashing = HashingOptions.Default with { BucketBits = 12 };
        string[] categories = ["medical", "tax", "work"];
        var weights = new float[hashing.Buckets * categories.Length];
        var featurizer = new NGramFeaturizer(hashing);
        var indices = new int[featurizer.MaxFeatures(64)];
        foreach (var (text, category) in new[] { ("blood test clinic", 0), ("irs refund return", 1), ("deploy build review", 2) })
        {
            var n = featurizer.Extract(text, indices);
            for (var i = 0; i < n; i++)
            {
                weights[(indices[i] * categories.Length) + category] += 1.5f;
            }
        }
        return new SensitivityModel(hashing, categories, weights, [0.1f, -0.2f, 0.3f], [0.55f, 0.6f, 1f], "test model");
    }

    [Fact]
    public void Saved_model_loads_back_identically_with_its_thresholds()
    {
        var model = Small();
        var path = Path.Combine(_dir, "m.sfm");
        model.Save(path);
        var loaded = SensitivityModel.Load(path);
        Assert.Equal(model.Categories, loaded.Categories);
        Assert.Equal("test model", loaded.Description);
        Assert.Equal(model.Featurizer.Options, loaded.Featurizer.Options);
        Assert.Equal(0.55f, loaded.Thresholds.For("medical"));
        Assert.Equal(0.6f, loaded.Thresholds.For("tax"));
        Assert.Equal(File.ReadAllBytes(path), ModelFile.Write(loaded));
        var a = new float[3];
        var b = new float[3];
        model.Predict("blood test at the clinic", a);
        loaded.Predict("blood test at the clinic", b);
        Assert.Equal(a, b);
        Assert.True(a[0] > 0.5f, $"medical {a[0]}");
    }

    [Fact]
    public void Scores_are_the_softmax_of_the_weights_times_the_features_plus_the_bias()
    {
        var model = Small();
        var indices = new int[model.Featurizer.MaxFeatures(40)];
        var values = new float[indices.Length];
        const string text = "refund from the irs";
        var n = model.Featurizer.Featurize(text, indices, values);
        var logits = new double[3];
        for (var c = 0; c < 3; c++)
        {
            logits[c] = model.Bias[c];
            for (var i = 0; i < n; i++)
            {
                logits[c] += model.Weights[(indices[i] * 3) + c] * values[i];
            }
        }
        var max = logits.Max();
        var sum = logits.Sum(l => Math.Exp(l - max));
        var scores = new float[3];
        model.Predict(text, scores);
        for (var c = 0; c < 3; c++)
        {
            Assert.Equal(Math.Exp(logits[c] - max) / sum, scores[c], 5);
        }
    }

    [Fact]
    public void A_flipped_byte_is_refused_as_corrupt()
    {
        var bytes = ModelFile.Write(Small());
        bytes[bytes.Length / 2] ^= 0x40;
        var e = Assert.Throws<ModelFormatException>(() => Load(bytes));
        Assert.Contains("corrupt", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.sfm", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_version_is_refused_with_the_version()
    {
        var bytes = ModelFile.Write(Small());
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(4), 99);
        var e = Assert.Throws<ModelFormatException>(() => Load(bytes));
        Assert.Contains("version 99", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(40)]
    public void Other_files_and_truncations_are_refused(int length)
    {
        var bytes = ModelFile.Write(Small());
        Assert.Throws<ModelFormatException>(() => Load(length == 40 ? bytes[..40] : "not a model"u8.ToArray()[..length]));
    }

    [Fact]
    public void A_missing_file_is_a_model_error_naming_the_path()
    {
        var e = Assert.Throws<ModelFormatException>(() => SensitivityModel.Load(Path.Combine(_dir, "nope.sfm")));
        Assert.Contains("nope.sfm", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_model_is_embedded_and_small()
    {
        var model = SensitivityModel.LoadDefault();
        Assert.Contains("work", model.Categories);
        Assert.Contains("medical", model.Categories);
        Assert.True(ModelFile.Write(model).Length < 3 * 1024 * 1024);
    }

    private SensitivityModel Load(byte[] bytes)
    {
        var path = Path.Combine(_dir, "bad.sfm");
        File.WriteAllBytes(path, bytes);
        return SensitivityModel.Load(path);
    }
}
