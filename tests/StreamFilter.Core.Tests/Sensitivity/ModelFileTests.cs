using System.Buffers.Binary;
using StreamFilter.Core.Sensitivity.Classification;

namespace StreamFilter.Core.Tests.Sensitivity;

public sealed class ModelFileTests : IDisposable
{
    private static readonly TrainerOptions Small = new() { Hashing = HashingOptions.Default with { BucketBits = 12 }, Epochs = 5, Description = "test model" };
    private readonly string _dir = Directory.CreateTempSubdirectory("sfm-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Saved_model_loads_back_identically()
    {
        var model = SoftmaxTrainer.Train(SoftmaxTrainerTests.Separable, Small);
        var path = Path.Combine(_dir, "m.sfm");
        model.Save(path);
        var loaded = SensitivityModel.Load(path);
        Assert.Equal(model.Categories, loaded.Categories);
        Assert.Equal("test model", loaded.Description);
        Assert.Equal(model.Featurizer.Options, loaded.Featurizer.Options);
        Assert.Equal(File.ReadAllBytes(path), ModelFile.Write(loaded));
        var a = new float[3];
        var b = new float[3];
        model.Predict("blood test at the clinic", a);
        loaded.Predict("blood test at the clinic", b);
        Assert.Equal(a, b);
    }

    [Fact]
    public void A_flipped_byte_is_refused_as_corrupt()
    {
        var bytes = ModelFile.Write(SoftmaxTrainer.Train(SoftmaxTrainerTests.Separable, Small));
        bytes[bytes.Length / 2] ^= 0x40;
        var e = Assert.Throws<ModelFormatException>(() => Load(bytes));
        Assert.Contains("corrupt", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.sfm", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_version_is_refused_with_the_version()
    {
        var bytes = ModelFile.Write(SoftmaxTrainer.Train(SoftmaxTrainerTests.Separable, Small));
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
        var bytes = ModelFile.Write(SoftmaxTrainer.Train(SoftmaxTrainerTests.Separable, Small));
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
