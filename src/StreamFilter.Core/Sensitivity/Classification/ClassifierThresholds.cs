namespace StreamFilter.Core.Sensitivity.Classification;

/// <summary>
/// The probability at which the classifier alone raises free text to level 3 for each category. The
/// trainer calibrates them on held-out predictions (each category may raise only a small share of work
/// text) and stores them in the model file, so a model and its thresholds never drift apart.
/// A category without a threshold (a custom model's) uses <see cref="Other"/>.
/// </summary>
public sealed record ClassifierThresholds
{
    private readonly string[] _categories;
    private readonly float[] _values;

    public ClassifierThresholds(IReadOnlyList<string> categories, IReadOnlyList<float> values)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(values);
        if (categories.Count != values.Count)
        {
            throw new ArgumentException("one threshold per category");
        }
        _categories = [.. categories];
        _values = [.. values];
    }

    public float Other { get; init; } = 0.7f;

    /// <summary>Texts with fewer letters than this are not classified: "ok", "lol", "+1" carry no evidence.</summary>
    public int MinLetters { get; init; } = 8;

    /// <summary>
    /// Texts with fewer prose words (<see cref="ProseText"/>) than this are not classified: a bare
    /// address, host or token says nothing about a topic, whatever its style.
    /// </summary>
    public int MinProseWords { get; init; } = 3;

    /// <summary>True when probability <paramref name="p"/> of <paramref name="category"/> makes text level 3.</summary>
    public bool Raises(string category, float p) => !string.Equals(category, Category.Work, StringComparison.Ordinal) && p >= For(category);

    public float For(string category)
    {
        var i = Array.IndexOf(_categories, category);
        return i < 0 ? Other : _values[i];
    }

    /// <summary>The same thresholds with one category's changed (what-if evaluation, tests).</summary>
    public ClassifierThresholds With(string category, float value)
    {
        var i = Array.IndexOf(_categories, category);
        if (i < 0)
        {
            throw new ArgumentException($"no threshold for '{category}'", nameof(category));
        }
        var values = (float[])_values.Clone();
        values[i] = value;
        return new ClassifierThresholds(_categories, values) { Other = Other, MinLetters = MinLetters, MinProseWords = MinProseWords };
    }

    public bool Equals(ClassifierThresholds? other) =>
        other is not null && _categories.SequenceEqual(other._categories) && _values.SequenceEqual(other._values)
        && Other == other.Other && MinLetters == other.MinLetters && MinProseWords == other.MinProseWords;

    public override int GetHashCode() => HashCode.Combine(_values.Length, Other, MinLetters, MinProseWords);
}
