using System.Buffers;
using StreamFilter.Core.Sensitivity.Prose;

namespace StreamFilter.Core.Sensitivity.Classification;

/// <summary>
/// How free text is scored, the same in the filter, in evaluation and in training: only its prose is
/// classified (<see cref="ProseText"/>: code, logs and technical tokens removed), and text with too
/// little prose is no evidence at all. Allocation-free: the prose copy lives on the stack or in a
/// pooled buffer.
/// </summary>
public static class TextScoring
{
    private const int StackChars = 1024;

    /// <summary>
    /// Writes the category probabilities of <paramref name="text"/>'s prose into
    /// <paramref name="probabilities"/>; false (and nothing written) when the text is code or holds
    /// fewer prose words than <see cref="ClassifierThresholds.MinProseWords"/>.
    /// </summary>
    public static bool TryScore(SensitivityModel model, ReadOnlySpan<char> text, ClassifierThresholds thresholds, Span<float> probabilities)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (CountLetters(text) < thresholds.MinLetters)
        {
            return false;
        }
        char[]? rented = null;
        var buffer = text.Length <= StackChars ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            var (length, words) = ProseText.Extract(text, buffer);
            if (words < thresholds.MinProseWords)
            {
                return false;
            }
            model.Predict(buffer[..length], probabilities);
            return true;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The prose the classifier sees of <paramref name="text"/>, or null when it sees none (for training).</summary>
    public static string? ProseOf(string text, ClassifierThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (CountLetters(text) < thresholds.MinLetters)
        {
            return null;
        }
        var buffer = new char[text.Length];
        var (length, words) = ProseText.Extract(text, buffer);
        return words < thresholds.MinProseWords ? null : new string(buffer, 0, length);
    }

    private static int CountLetters(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }
        return letters;
    }
}
