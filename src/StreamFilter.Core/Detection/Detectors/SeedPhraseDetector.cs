using System.Collections.Frozen;
using System.Numerics;
using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// Cryptocurrency wallet recovery phrases: a run of at least <see cref="MinWords"/> consecutive words of
/// the BIP-39 English list (embedded, Detection/Resources/bip39_english.txt, MIT), separated by spaces,
/// line breaks, commas or numbering ("1. abandon 2. ability ..."). Whoever holds the phrase holds the
/// wallet, so the whole run is reported as one CRYPTO_SEED_PHRASE.
/// </summary>
/// <remarks>
/// Precise on ordinary English because the list has no one- or two-letter words and none of the
/// commonest ones ("the", "and", "to", "is", "of", "that"): prose breaks a run within a few words. The
/// checksum is not required: phrases written down from memory or made up for a test are still secrets.
/// Cost: word starts come from the anchors' letter masks and a 4 KB bitmap of the list's first three
/// letters rejects most words before any look-up; only a run of 12 bitmap hits is looked up exactly.
/// </remarks>
public sealed class SeedPhraseDetector : AnchoredDetector
{
    internal const float Score = 0.85f;

    /// <summary>BIP-39 phrases have 12, 15, 18, 21 or 24 words; 12 is the shortest.</summary>
    public const int MinWords = 12;

    private const int MinWordLength = 3;
    private const int MaxWordLength = 8;
    private const int MaxSeparator = 8;

    private static readonly IReadOnlyList<string> Types = [EntityType.CryptoSeedPhrase];

    private static readonly string[] WordList = LoadWords();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words =
        WordList.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>First three letters of every list word, five bits each.</summary>
    private static readonly ulong[] Triples = BuildTriples();

    public override string Id => "crypto_seed_phrase";

    public override IReadOnlyList<string> EntityTypes => Types;

    /// <summary>The list as shipped, for tests.</summary>
    internal static IReadOnlyList<string> List => WordList;

    /// <summary>Twelve words of three letters and eleven separators.</summary>
    private const int MinPhraseLength = MinWords * (MinWordLength + 1) - 1;

    internal override void Scan(ReadOnlySpan<char> text, TextAnchors anchors, FindingList findings)
    {
        if (text.Length < MinPhraseLength)
        {
            return;
        }
        // A phrase holds no one- or two-letter word and none of the characters of code and markup, so
        // it lies between two such "breakers" at least MinPhraseLength apart. Breakers come from the
        // anchor masks a block at a time; prose has a short word every few words, code has '_', '=',
        // '/' and ':', and only the rare long stretch without any is walked word by word.
        var blocks = anchors.Blocks;
        var last = -1; // the last breaker seen
        for (var b = 0; b < blocks.Length; b++)
        {
            for (var breakers = Breakers(blocks, b); breakers != 0; breakers &= breakers - 1)
            {
                var at = b * 64 + BitOperations.TrailingZeroCount(breakers);
                if (at - last - 1 >= MinPhraseLength)
                {
                    ScanStretch(text, anchors, last + 1, at, findings);
                }
                last = at;
            }
        }
        if (text.Length - last - 1 >= MinPhraseLength)
        {
            ScanStretch(text, anchors, last + 1, text.Length, findings);
        }
    }

    /// <summary>
    /// Starts of one- and two-letter words, and characters no phrase holds (a '.' or ':' ends a
    /// sentence or a name unless it follows a number: "2. abandon"), in block <paramref name="b"/>.
    /// </summary>
    private static ulong Breakers(ReadOnlySpan<AnchorBlock> blocks, int b)
    {
        ref readonly var block = ref blocks[b];
        var letters = block.Letters;
        var starts = letters & ~TextAnchors.Previous(letters, b > 0 ? blocks[b - 1].Letters : 0);
        var ends = WordEnds(blocks, b);
        // A word of one letter starts where it ends; one of two ends one place after its start.
        var shortWords = (starts & ends) | (starts & TextAnchors.Next(ends, b + 1 < blocks.Length ? WordEnds(blocks, b + 1) : 0));
        return shortWords | block.NonAscii | block.Underscore | block.Slash | block.EqualsSign | block.At | block.Tilde
            | block.Plus | ((block.Colon | block.Dot) & ~TextAnchors.Previous(block.Digits, b > 0 ? blocks[b - 1].Digits : 0));
    }

    /// <summary>How many words start in [<paramref name="from"/>, <paramref name="to"/>): a popcount per block.</summary>
    private static int WordsIn(ReadOnlySpan<AnchorBlock> blocks, int from, int to)
    {
        var count = 0;
        for (var b = from / 64; b * 64 < to; b++)
        {
            var letters = blocks[b].Letters;
            var starts = letters & ~TextAnchors.Previous(letters, b > 0 ? blocks[b - 1].Letters : 0);
            if (b * 64 < from)
            {
                starts &= ulong.MaxValue << (from - b * 64);
            }
            if (to - b * 64 < 64)
            {
                starts &= (1UL << (to - b * 64)) - 1;
            }
            count += BitOperations.PopCount(starts);
        }
        return count;
    }

    /// <summary>The last letter of each word in block <paramref name="b"/>.</summary>
    private static ulong WordEnds(ReadOnlySpan<AnchorBlock> blocks, int b) =>
        blocks[b].Letters & ~TextAnchors.Next(blocks[b].Letters, b + 1 < blocks.Length ? blocks[b + 1].Letters : 0);

    /// <summary>Walks the words of [<paramref name="from"/>, <paramref name="to"/>) for runs of list words.</summary>
    private static void ScanStretch(ReadOnlySpan<char> text, TextAnchors anchors, int from, int to, FindingList findings)
    {

        var blocks = anchors.Blocks;
        if (WordsIn(blocks, from, to) < MinWords)
        {
            return; // most stretches: a clause of long words, too few for a phrase
        }
        var runStart = 0;
        var runCount = 0;
        var lastEnd = 0;
        var resume = from;
        for (var b = from / 64; b * 64 < to; b++)
        {
            var letters = blocks[b].Letters;
            var starts = letters & ~TextAnchors.Previous(letters, b > 0 ? blocks[b - 1].Letters : 0);
            for (; starts != 0; starts &= starts - 1)
            {
                var s = b * 64 + BitOperations.TrailingZeroCount(starts);
                if (s < resume)
                {
                    continue;
                }
                if (s >= to)
                {
                    break;
                }
                var e = s + 1;
                while (e < to && e - s <= MaxWordLength && Chars.IsAsciiLetter(text[e]))
                {
                    e++;
                }
                resume = e;
                var candidate = e - s is >= MinWordLength and <= MaxWordLength && Chars.IsWordEnd(text, e)
                    && Chars.IsWordStart(text, s) && InTriples(text, s);
                if (candidate && runCount > 0 && IsSeparator(text[lastEnd..s]))
                {
                    runCount++;
                    lastEnd = e;
                    continue;
                }
                Close(text, runStart, lastEnd, runCount, findings);
                runCount = candidate ? 1 : 0;
                runStart = s;
                lastEnd = e;
            }
        }
        Close(text, runStart, lastEnd, runCount, findings);
    }

    /// <summary>A run of bitmap hits ends: report its longest stretch of real list words, if long enough.</summary>
    private static void Close(ReadOnlySpan<char> text, int start, int end, int count, FindingList findings)
    {
        if (count < MinWords)
        {
            return;
        }
        var run = 0;
        var first = start;
        var last = start;
        var p = start;
        while (p < end)
        {
            var e = p;
            while (e < end && Chars.IsAsciiLetter(text[e]))
            {
                e++;
            }
            if (IsListWord(text[p..e]))
            {
                if (run == 0)
                {
                    first = p;
                }
                run++;
                last = e;
            }
            else
            {
                if (run >= MinWords)
                {
                    findings.Add(EntityType.CryptoSeedPhrase, first, last, Score);
                }
                run = 0;
            }
            p = e;
            while (p < end && !Chars.IsAsciiLetter(text[p]))
            {
                p++;
            }
        }
        if (run >= MinWords)
        {
            findings.Add(EntityType.CryptoSeedPhrase, first, last, Score);
        }
    }

    /// <summary>Lower case, or one capital letter first, or all capitals: how people write the words down.</summary>
    private static bool IsListWord(ReadOnlySpan<char> word)
    {
        if (word.Length is < MinWordLength or > MaxWordLength)
        {
            return false;
        }
        Span<char> lower = stackalloc char[MaxWordLength];
        var upperCount = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (Chars.IsUpper(c))
            {
                upperCount++;
                if (i > 0 && upperCount != i + 1)
                {
                    return false; // "aBandon"
                }
            }
            lower[i] = (char)(c | 0x20);
        }
        if (upperCount > 1 && upperCount != word.Length)
        {
            return false;
        }
        return Words.Contains(lower[..word.Length]);
    }

    /// <summary>Between two words: spaces, line breaks, commas, dashes, and numbering such as "2." or "(3)".</summary>
    private static bool IsSeparator(ReadOnlySpan<char> gap)
    {
        if (gap.IsEmpty || gap.Length > MaxSeparator)
        {
            return false;
        }
        var hasDigit = false;
        var hasSpace = false;
        foreach (var c in gap)
        {
            switch (c)
            {
                case ' ' or '\t' or '\r' or '\n':
                    hasSpace = true;
                    break;
                case ',' or ';' or '-' or '|' or '/':
                    break;
                case >= '0' and <= '9':
                    hasDigit = true;
                    break;
                case '.' or ')' or '(' or ':' or '#' or '[' or ']':
                    // Only numbering punctuation: "abandon. ability" is two sentences.
                    if (!hasDigit && c is not ('(' or '#' or '['))
                    {
                        return false;
                    }
                    break;
                default:
                    return false;
            }
        }
        return hasSpace || !hasDigit;
    }

    private static bool InTriples(ReadOnlySpan<char> text, int s)
    {
        var key = Triple(text[s], text[s + 1], text[s + 2]);
        return (Triples[key >> 6] & (1UL << (key & 63))) != 0;
    }

    private static int Triple(char a, char b, char c) => (a & 0x1F) << 10 | (b & 0x1F) << 5 | (c & 0x1F);

    private static ulong[] BuildTriples()
    {
        var bits = new ulong[(1 << 15) / 64];
        foreach (var word in WordList)
        {
            var key = Triple(word[0], word[1], word[2]);
            bits[key >> 6] |= 1UL << (key & 63);
        }
        return bits;
    }

    private static string[] LoadWords()
    {
        const string name = "StreamFilter.Core.Detection.Resources.bip39_english.txt";
        using var stream = typeof(SeedPhraseDetector).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        var words = new List<string>(2048);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line.Trim());
            }
        }
        return words.ToArray();
    }
}
