using System.Buffers;
using System.Numerics;

namespace StreamFilter.Core.Sensitivity.Classification;

/// <summary>
/// Turns text into a sparse, L2-normalised feature vector of hashed n-grams: lower-cased word unigrams
/// and bigrams, and character n-grams inside each word with boundary markers ("&lt;tax&gt;" gives "&lt;ta",
/// "tax", "ax&gt;", ...). Character n-grams carry the model over typos, plurals and slang ("therapist",
/// "therapy", "theraphy"); word bigrams carry phrases ("performance review", "tax return").
/// Immutable and thread-safe; writes only into the caller's buffers.
/// </summary>
public sealed class NGramFeaturizer
{
    /// <summary>Longer words are cut for character n-grams: hashes, base64 and URLs add only noise.</summary>
    public const int MaxWordChars = 24;

    private const uint WordKind = 1;
    private const uint BigramKind = 2;
    private const uint CharKind = 3;

    /// <summary>Merge table entries kept on the stack (16 KiB); larger texts rent from the pool.</summary>
    private const int StackSlots = 4096;

    private readonly uint _mask;

    public NGramFeaturizer(HashingOptions options)
    {
        options.Validate();
        Options = options;
        _mask = (uint)options.Buckets - 1;
    }

    public HashingOptions Options { get; }

    /// <summary>
    /// An upper bound on the raw feature count for a text of this length. Per word of length L:
    /// one unigram, one bigram, and at most (MaxCharGram - MinCharGram + 1) * (L + 2) character n-grams;
    /// a word needs at least one character plus a separator.
    /// </summary>
    public int MaxFeatures(int textLength)
    {
        var gramsPerChar = Options.MaxCharGram - Options.MinCharGram + 1;
        return (gramsPerChar * textLength) + ((2 + (2 * gramsPerChar)) * ((textLength / 2) + 1));
    }

    /// <summary>
    /// Writes the hashed feature indices of <paramref name="text"/> (with repeats) into
    /// <paramref name="indices"/>, which must hold <see cref="MaxFeatures"/> entries; returns the count.
    /// </summary>
    public int Extract(ReadOnlySpan<char> text, Span<int> indices)
    {
        Span<char> word = stackalloc char[MaxWordChars + 2];
        var count = 0;
        var previous = 0u;
        var hasPrevious = false;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            // One word: letters and digits; apostrophes inside are skipped so "don't" == "dont".
            var length = 0;
            var wordHash = FeatureHash.Start(Options.Seed, WordKind);
            word[0] = '<';
            while (i < text.Length && (IsWordChar(text[i]) || IsApostrophe(text[i])))
            {
                var c = text[i++];
                if (IsApostrophe(c))
                {
                    continue;
                }
                c = char.ToLowerInvariant(c);
                wordHash = FeatureHash.Add(wordHash, c);
                if (length < MaxWordChars)
                {
                    word[1 + length] = c;
                }
                length++;
            }
            var kept = Math.Min(length, MaxWordChars);
            word[1 + kept] = '>';
            wordHash = FeatureHash.Finish(wordHash);
            indices[count++] = Bucket(wordHash);
            if (hasPrevious)
            {
                indices[count++] = Bucket(FeatureHash.Combine(previous ^ BigramKind, wordHash));
            }
            previous = wordHash;
            hasPrevious = true;
            count += CharGrams(word[..(kept + 2)], indices[count..]);
        }
        return count;
    }

    /// <summary>
    /// Featurises <paramref name="text"/> into unique indices (in first-seen order) with sublinear-tf,
    /// L2-normalised values; returns how many entries of <paramref name="indices"/> and
    /// <paramref name="values"/> are used. Both buffers must hold <see cref="MaxFeatures"/> entries.
    /// </summary>
    public int Featurize(ReadOnlySpan<char> text, Span<int> indices, Span<float> values)
    {
        var raw = Extract(text, indices);
        if (raw == 0)
        {
            return 0;
        }
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)raw * 2);
        int[]? rented = null;
        var slots = size <= StackSlots ? stackalloc int[size] : (rented = ArrayPool<int>.Shared.Rent(size));
        try
        {
            return Merge(indices[..raw], values, slots[..size]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Merges repeated indices in place through an open-addressing table (cheaper than sorting); each
    /// value becomes 1 + ln(count), then the vector is scaled to unit length so long and short texts
    /// score on the same scale.
    /// </summary>
    private static int Merge(Span<int> indices, Span<float> values, Span<int> slots)
    {
        slots.Fill(-1);
        var mask = slots.Length - 1;
        var unique = 0;
        for (var i = 0; i < indices.Length; i++)
        {
            var index = indices[i];
            var slot = index & mask;
            while (slots[slot] >= 0 && indices[slots[slot]] != index)
            {
                slot = (slot + 1) & mask;
            }
            if (slots[slot] >= 0)
            {
                values[slots[slot]] += 1f;
                continue;
            }
            // unique <= i, so this never overwrites an index not yet read.
            slots[slot] = unique;
            indices[unique] = index;
            values[unique] = 1f;
            unique++;
        }
        var sumSquares = 0f;
        for (var i = 0; i < unique; i++)
        {
            var v = 1f + MathF.Log(values[i]);
            values[i] = v;
            sumSquares += v * v;
        }
        var scale = 1f / MathF.Sqrt(sumSquares);
        for (var i = 0; i < unique; i++)
        {
            values[i] *= scale;
        }
        return unique;
    }

    /// <summary>
    /// All character n-grams of the bounded word. FNV-1a is sequential, so the 3-, 4- and 5-gram starting
    /// at one position share their prefix hash: one pass per start position instead of one per n-gram.
    /// </summary>
    private int CharGrams(ReadOnlySpan<char> bounded, Span<int> indices)
    {
        var count = 0;
        for (var start = 0; start + Options.MinCharGram <= bounded.Length; start++)
        {
            var h = FeatureHash.Start(Options.Seed, CharKind);
            var end = Math.Min(bounded.Length, start + Options.MaxCharGram);
            for (var i = start; i < end; i++)
            {
                h = FeatureHash.Add(h, bounded[i]);
                if (i - start + 1 >= Options.MinCharGram)
                {
                    indices[count++] = Bucket(FeatureHash.Finish(h));
                }
            }
        }
        return count;
    }

    private int Bucket(uint hash) => (int)(hash & _mask);

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
