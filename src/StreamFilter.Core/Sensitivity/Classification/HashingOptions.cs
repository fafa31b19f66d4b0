namespace StreamFilter.Core.Sensitivity.Classification;

/// <summary>
/// How text becomes feature indices. Stored in the model file: a model is only valid with the exact
/// hashing it was trained with, so these are read back from the file rather than configured.
/// </summary>
/// <param name="BucketBits">log2 of the number of hash buckets (18 = 262,144).</param>
/// <param name="MinCharGram">Shortest character n-gram taken inside a word (boundary markers included).</param>
/// <param name="MaxCharGram">Longest character n-gram.</param>
/// <param name="Seed">Mixed into every hash, so two feature spaces can be made independent.</param>
public readonly record struct HashingOptions(int BucketBits, int MinCharGram, int MaxCharGram, uint Seed)
{
    public static HashingOptions Default { get; } = new(18, 3, 5, 0x5F3759DF);

    public int Buckets => 1 << BucketBits;

    /// <summary>Throws when the values could not have come from a valid model.</summary>
    public void Validate()
    {
        if (BucketBits is < 10 or > 24)
        {
            throw new ArgumentOutOfRangeException(nameof(BucketBits), BucketBits, "bucket bits must be 10-24");
        }
        if (MinCharGram < 1 || MaxCharGram < MinCharGram || MaxCharGram > 8)
        {
            throw new ArgumentOutOfRangeException(nameof(MinCharGram), $"char n-gram range {MinCharGram}-{MaxCharGram} must be within 1-8");
        }
    }
}
