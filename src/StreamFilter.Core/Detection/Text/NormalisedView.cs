using System.Numerics;

namespace StreamFilter.Core.Detection.Text;

/// <summary>
/// The text the detectors see when the original disguises an identifier: disguise characters folded
/// (<see cref="CharFolding"/>), then spoken or spaced-out digits joined (<see cref="SpokenDigits"/>) and
/// spelled email addresses written normally (<see cref="SpelledEmail"/>). Every view character keeps
/// the original span it stands for, so a finding maps back to the exact original characters and its
/// redaction removes all of them (<see cref="MapBack"/>).
/// </summary>
/// <remarks>
/// Built only for texts that need it: <see cref="Of"/> rules out ordinary text with one vectorised
/// search (no character above U+007F or '%'), a popcount of isolated digits over the anchor masks, and
/// one pass of the word gate over the masks. Those texts are scanned as they are, at no copy.
/// One instance per thread, reused.
/// </remarks>
internal sealed class NormalisedView
{
    [ThreadStatic] private static NormalisedView? t_view;

    private readonly ViewBuffer _folded = new();
    private readonly ViewBuffer _rewritten = new();
    private readonly List<ViewPiece> _pieces = new(64);
    private readonly List<Replacement> _rewrites = new(4);
    private ViewBuffer _result;

    private NormalisedView() => _result = _folded;

    /// <summary>The view's text.</summary>
    public ReadOnlySpan<char> Text => _result.Text;

    /// <summary>
    /// The calling thread's view of <paramref name="text"/> when it disguises anything, else null (the
    /// common case). <paramref name="mayHaveDigitWords"/> is false when the caller's word gate, which
    /// holds <see cref="SpokenDigits.GateWords"/>, found none of them.
    /// </summary>
    public static NormalisedView? Of(ReadOnlySpan<char> text, TextAnchors anchors, bool mayHaveDigitWords = true)
    {
        var fold = CharFolding.FirstCandidate(text);
        var spoken = MaySpeakDigits(anchors, mayHaveDigitWords);
        var separator = anchors.MaySpellEmail() ? SpelledEmail.NextSeparator(text, 0) : -1;
        if (fold < 0 && !spoken && separator < 0)
        {
            return null;
        }
        var view = t_view ??= new NormalisedView();
        return view.Build(text, anchors, fold, spoken, separator) ? view : null;
    }

    /// <summary>Moves every finding from view positions to the original positions it stands for.</summary>
    public void MapBack(FindingList findings)
    {
        var items = findings.AsWritableSpan();
        for (var i = 0; i < items.Length; i++)
        {
            ref var f = ref items[i];
            f = f with { Start = _result.StartOf(f.Start), End = _result.EndOf(f.End - 1) };
        }
    }

    /// <summary>
    /// Whether a spoken or spaced-out run may occur: the caller's word gate saw a digit word (then the
    /// spoken pass itself, which visits only number-word heads, is cheaper than a second exact gate), or
    /// single digits stand spaced out.
    /// </summary>
    private static bool MaySpeakDigits(TextAnchors anchors, bool mayHaveDigitWords) =>
        mayHaveDigitWords || anchors.SpacedDigitPairs(SpokenDigits.MinSpacedDigits - 1) >= SpokenDigits.MinSpacedDigits - 1;

    private bool Build(ReadOnlySpan<char> text, TextAnchors anchors, int fold, bool spoken, int separator)
    {
        if (fold >= 0 && CharFolding.TryFold(text, fold, _folded))
        {
            // Folding can reveal what the original's masks could not show (full-width digits spaced out).
            var folded = _folded.Text;
            var foldedAnchors = TextAnchors.ForStandalone(folded);
            var separator2 = foldedAnchors.MaySpellEmail() ? SpelledEmail.NextSeparator(folded, 0) : -1;
            _result = Rewrite(folded, _folded, foldedAnchors, MaySpeakDigits(foldedAnchors, true), separator2)
                ? _rewritten
                : _folded;
            return true;
        }
        _result = _rewritten;
        return Rewrite(text, null, anchors, spoken, separator);
    }

    /// <summary>
    /// Applies the token rewrites to <paramref name="source"/> (whose own map is <paramref name="sourceMap"/>,
    /// or the identity): spoken runs are looked for only at words that start like a number word
    /// (<see cref="SpokenDigits.MayStartAt"/>), addresses only around each spelled separator.
    /// </summary>
    private bool Rewrite(ReadOnlySpan<char> source, ViewBuffer? sourceMap, TextAnchors anchors, bool spoken, int separator)
    {
        if (!spoken && separator < 0)
        {
            return false;
        }
        _pieces.Clear();
        _rewrites.Clear();
        if (spoken)
        {
            FindSpoken(source, anchors, spacedDigits: anchors.SpacedDigitPairs(SpokenDigits.MinSpacedDigits - 1) >= SpokenDigits.MinSpacedDigits - 1);
        }
        if (separator >= 0)
        {
            FindSpelledEmails(source, separator);
        }
        if (_rewrites.Count == 0)
        {
            return false;
        }
        _rewrites.Sort(static (x, y) => x.Start.CompareTo(y.Start));
        _rewritten.Reset(source.Length);
        var copied = 0;
        foreach (var rewrite in _rewrites)
        {
            if (rewrite.Start < copied)
            {
                continue; // overlaps an earlier rewrite
            }
            Copy(source, sourceMap, copied, rewrite.Start);
            for (var k = rewrite.First; k < rewrite.First + rewrite.Count; k++)
            {
                var piece = _pieces[k];
                Append(sourceMap, piece.C, piece.From, piece.To);
            }
            copied = rewrite.End;
        }
        Copy(source, sourceMap, copied, source.Length);
        return true;
    }

    private void FindSpoken(ReadOnlySpan<char> source, TextAnchors anchors, bool spacedDigits)
    {
        var blocks = anchors.Blocks;
        var bytes = anchors.Bytes;
        var previousWord = 0UL;
        var lastEnd = 0;
        for (var b = 0; b < blocks.Length; b++)
        {
            var word = blocks[b].Letters | blocks[b].Digits;
            var starts = word & ~TextAnchors.Previous(word, previousWord);
            previousWord = word;
            // Only number words, and single digits when the text has spaced-out ones.
            starts &= anchors.NumberWordHeadsIn(b) | (spacedDigits ? blocks[b].Digits : 0);
            for (; starts != 0; starts &= starts - 1)
            {
                var i = (b * 64) + BitOperations.TrailingZeroCount(starts);
                if (i < lastEnd || !SpokenDigits.MayStartAt(bytes, i) || (i > 0 && char.IsLetterOrDigit(source[i - 1])))
                {
                    continue;
                }
                var first = _pieces.Count;
                var end = SpokenDigits.TryParse(source, i, _pieces);
                if (end > 0)
                {
                    _rewrites.Add(new Replacement(i, end, first, _pieces.Count - first));
                    lastEnd = end;
                }
            }
        }
    }

    private void FindSpelledEmails(ReadOnlySpan<char> source, int separator)
    {
        var lastEnd = 0;
        for (var p = separator; p >= 0; p = p + 1 < source.Length ? SpelledEmail.NextSeparator(source, p + 1) : -1)
        {
            if (p < lastEnd || !SpelledEmail.MayFollow(source, p))
            {
                continue;
            }
            // The address starts at the earliest label joined to the separator by dots, or at the label right before it.
            var labelEnd = p;
            while (labelEnd > 0 && p - labelEnd < 3 && source[labelEnd - 1] == ' ')
            {
                labelEnd--; // "jane (at) example": the separator's spaces belong to it
            }
            var nearest = SpelledEmail.LabelStartBefore(source, labelEnd);
            var earliest = SpelledEmail.LocalStartBefore(source, labelEnd);
            foreach (var start in earliest == nearest ? [nearest] : (ReadOnlySpan<int>)[earliest, nearest])
            {
                if (start < lastEnd || start >= labelEnd || (start > 0 && char.IsLetterOrDigit(source[start - 1])))
                {
                    continue;
                }
                var first = _pieces.Count;
                var end = SpelledEmail.TryParse(source, start, _pieces);
                if (end > p)
                {
                    _rewrites.Add(new Replacement(start, end, first, _pieces.Count - first));
                    lastEnd = end;
                    break;
                }
                _pieces.RemoveRange(first, _pieces.Count - first);
            }
        }
    }

    /// <summary>One replacement: source positions Start to End become pieces First to First + Count - 1.</summary>
    private readonly record struct Replacement(int Start, int End, int First, int Count);

    private void Copy(ReadOnlySpan<char> source, ViewBuffer? sourceMap, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            Append(sourceMap, source[k], k, k + 1);
        }
    }

    private void Append(ViewBuffer? sourceMap, char c, int from, int to) =>
        _rewritten.Append(c, sourceMap is null ? from : sourceMap.StartOf(from), sourceMap is null ? to : sourceMap.EndOf(to - 1));
}
