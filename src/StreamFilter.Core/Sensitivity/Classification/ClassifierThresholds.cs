namespace StreamFilter.Core.Sensitivity.Classification;

/// <summary>
/// The probability at which the classifier alone raises free text to level 3 for a category. Set for
/// precision: over-redaction ruins training data, and identifiers and context rules catch much of what a
/// cautious classifier lets pass. Measured effect of the defaults: docs/sensitivity.md.
/// </summary>
public sealed record ClassifierThresholds
{
    public static ClassifierThresholds Default { get; } = new();

    public float Tax { get; init; } = 0.6f;

    public float Medical { get; init; } = 0.6f;

    public float PrivateConversation { get; init; } = 0.95f;

    public float PeopleData { get; init; } = 0.7f;

    public float Financial { get; init; } = 0.6f;

    /// <summary>For categories a custom model adds.</summary>
    public float Other { get; init; } = 0.7f;

    /// <summary>Texts with fewer letters than this are not classified: "ok", "lol", "+1" carry no evidence.</summary>
    public int MinLetters { get; init; } = 8;

    /// <summary>True when probability <paramref name="p"/> of <paramref name="category"/> makes text level 3.</summary>
    public bool Raises(string category, float p) => !string.Equals(category, Category.Work, StringComparison.Ordinal) && p >= For(category);

    public float For(string category) => category switch
    {
        Category.Tax => Tax,
        Category.Medical => Medical,
        Category.PrivateConversation => PrivateConversation,
        Category.PeopleData => PeopleData,
        Category.Financial => Financial,
        _ => Other,
    };
}
