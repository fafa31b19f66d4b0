using System.Runtime.CompilerServices;

namespace StreamFilter.Core.Detection;

/// <summary>
/// A set of context words matched case-insensitively where a word starts. One scalar pass visits
/// each word start and checks its first two letters against a bitmap; only on a bitmap hit are the
/// few words sharing that prefix compared. This runs at about a nanosecond per character whatever
/// the number of words, where a general multi-string search over dozens of short case-insensitive
/// words (SearchValues falls back to Aho-Corasick) measured 20-60 MB/s here.
/// </summary>
public sealed class ContextWords
{
    private const int KeyBits = 14; // two 7-bit ASCII characters

    private static readonly bool[] IsAsciiWord = Enumerable.Range(0, 128).Select(c => char.IsAsciiLetterOrDigit((char)c)).ToArray();

    public static ContextWords None { get; } = new([]);

    private readonly ulong[] _prefixBitmap = new ulong[(1 << KeyBits) / 64];
    private readonly string[]?[] _byPrefix = new string[]?[1 << KeyBits];

    /// <summary>Words that do not start with two ASCII characters: checked the slow way (rare).</summary>
    private readonly string[] _others;

    public ContextWords(IReadOnlyCollection<string> words)
    {
        Words = words.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var others = new List<string>();
        foreach (var group in Words.GroupBy(w => w.Length >= 2 && char.IsAscii(w[0]) && char.IsAscii(w[1]) ? Key(w[0], w[1]) : -1))
        {
            if (group.Key < 0)
            {
                others.AddRange(group);
                continue;
            }
            _byPrefix[group.Key] = group.ToArray();
            _prefixBitmap[group.Key >> 6] |= 1UL << (group.Key & 63);
        }
        _others = others.ToArray();
    }

    public IReadOnlyList<string> Words { get; }

    public bool IsEmpty => Words.Count == 0;

    /// <summary>True when any word starts at a word boundary inside <paramref name="window"/>.</summary>
    public bool AnyIn(ReadOnlySpan<char> window)
    {
        if (IsEmpty)
        {
            return false;
        }
        if (_others.Length != 0 && AnyOther(window))
        {
            return true;
        }
        // Scan for word starts: a word character (ASCII letter or digit, or any non-ASCII letter)
        // after a non-word character. Non-ASCII words are rare in context lists and take the slow path.
        var previousIsWord = false;
        var last = window.Length - 1;
        for (var i = 0; i < last; i++)
        {
            var c = window[i];
            bool isWord;
            if (c < 128)
            {
                isWord = IsAsciiWord[c];
                if (isWord && !previousIsWord)
                {
                    var next = window[i + 1];
                    var key = Key(c, next);
                    if (next < 128 && (_prefixBitmap[key >> 6] & (1UL << (key & 63))) != 0 && AnyAt(window[i..], _byPrefix[key]!))
                    {
                        return true;
                    }
                }
            }
            else
            {
                isWord = char.IsLetterOrDigit(c);
            }
            previousIsWord = isWord;
        }
        return false;
    }

    private static bool AnyAt(ReadOnlySpan<char> rest, string[] candidates)
    {
        foreach (var word in candidates)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private bool AnyOther(ReadOnlySpan<char> window)
    {
        foreach (var word in _others)
        {
            var at = window.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetterOrDigit(window[at - 1])))
            {
                return true;
            }
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    // ASCII case folding by setting bit 0x20: exact for letters; other characters may share a key,
    // which only costs a comparison because every bitmap hit is verified.
    private static int Key(char first, char second) => ((first | 0x20) & 0x7F) << 7 | ((second | 0x20) & 0x7F);
}
