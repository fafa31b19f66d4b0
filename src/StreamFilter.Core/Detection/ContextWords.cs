using System.Buffers;

namespace StreamFilter.Core.Detection;

/// <summary>
/// A set of context words matched case-insensitively at a word start, in one vectorized multi-string
/// search (SearchValues uses Teddy/Aho-Corasick), never as one big alternation regex.
/// </summary>
public sealed class ContextWords
{
    public static ContextWords None { get; } = new([]);

    private readonly SearchValues<string>? _values;

    public ContextWords(IReadOnlyCollection<string> words)
    {
        Words = words.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        _values = Words.Count == 0 ? null : SearchValues.Create(Words.ToArray(), StringComparison.OrdinalIgnoreCase);
    }

    public IReadOnlyList<string> Words { get; }

    public bool IsEmpty => _values is null;

    /// <summary>True when any word starts at a word boundary inside <paramref name="window"/>.</summary>
    public bool AnyIn(ReadOnlySpan<char> window)
    {
        if (_values is null)
        {
            return false;
        }
        var offset = 0;
        while (offset < window.Length)
        {
            var hit = window[offset..].IndexOfAny(_values);
            if (hit < 0)
            {
                return false;
            }
            var at = offset + hit;
            if (at == 0 || !char.IsLetterOrDigit(window[at - 1]))
            {
                return true;
            }
            offset = at + 1;
        }
        return false;
    }
}
