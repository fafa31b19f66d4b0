using FsCheck.Xunit;
using StreamFilter.Core.Sensitivity.Classification;

namespace StreamFilter.Core.Tests.Sensitivity;

public class NGramFeaturizerTests
{
    private static readonly NGramFeaturizer Featurizer = new(HashingOptions.Default);

    private static (int[] Indices, float[] Values) Vector(string text)
    {
        var indices = new int[Featurizer.MaxFeatures(text.Length)];
        var values = new float[indices.Length];
        var n = Featurizer.Featurize(text, indices, values);
        return (indices[..n], values[..n]);
    }

    [Fact]
    public void Same_text_gives_identical_vector()
    {
        var a = Vector("Therapist said my panic attacks are getting worse");
        var b = Vector("Therapist said my panic attacks are getting worse");
        Assert.Equal(a.Indices, b.Indices);
        Assert.Equal(a.Values, b.Values);
    }

    [Fact]
    public void Case_and_apostrophes_do_not_change_features()
    {
        Assert.Equal(Vector("I DON'T have my W-2").Indices, Vector("i dont have my w-2").Indices);
    }

    [Fact]
    public void Word_order_changes_the_bigrams()
    {
        Assert.NotEqual(Vector("tax return").Indices, Vector("return tax").Indices);
    }

    [Fact]
    public void Hash_buckets_are_pinned_so_shipped_models_stay_valid()
    {
        // If these change, every saved model silently scores garbage: bump the model format version.
        var raw = new int[Featurizer.MaxFeatures(3)];
        var n = Featurizer.Extract("tax", raw);
        Assert.Equal(1 + 3 + 2 + 1, n); // unigram, then "<ta" "tax" "ax>", "<tax" "tax>", "<tax>"
        Assert.Equal(PinnedTaxBuckets.Order(), raw[..n].Order());
    }

    // Computed by an independent re-implementation (FNV-1a 32 + murmur3 fmix32, seed 0x5F3759DF, 2^18 buckets).
    private static readonly int[] PinnedTaxBuckets = [191353, 48102, 120858, 102922, 2659, 180722, 9755];

    [Fact]
    public void Vector_has_unit_length_and_unique_indices_within_buckets()
    {
        var (indices, values) = Vector("Calibration: rated Below Expectations, recommend PIP. recommend PIP!");
        Assert.Equal(1.0, Math.Sqrt(values.Sum(v => (double)v * v)), 4);
        Assert.Equal(indices.Length, indices.Distinct().Count());
        Assert.All(indices, i => Assert.InRange(i, 0, HashingOptions.Default.Buckets - 1));
    }

    [Fact]
    public void Repeated_ngrams_get_sublinear_weight()
    {
        var once = Vector("payroll");
        var thrice = Vector("payroll payroll payroll");
        // The word's n-grams occur 3 times (1 + ln 3), the bigram "payroll payroll" twice (1 + ln 2).
        Assert.Equal(once.Indices.Length + 1, thrice.Indices.Length);
        Assert.Equal((1 + Math.Log(3)) / (1 + Math.Log(2)), thrice.Values.Max() / thrice.Values.Min(), 4);
        Assert.Equal(1.0, Math.Sqrt(thrice.Values.Sum(v => (double)v * v)), 4);
    }

    [Fact]
    public void Text_without_words_has_no_features()
    {
        Assert.Empty(Vector("  --- !!! ... ").Indices);
    }

    [Property(MaxTest = 300)]
    public bool MaxFeatures_bounds_any_text(string? text)
    {
        text ??= "";
        var raw = new int[Featurizer.MaxFeatures(text.Length)];
        return Featurizer.Extract(text, raw) <= raw.Length;
    }
}
