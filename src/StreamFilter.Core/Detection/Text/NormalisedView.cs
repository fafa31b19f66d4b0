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

    /// <summary>Words that may start a spoken run: digit words, "double", "triple".</summary>
    private static readonly ContextWords SpokenGate = new(SpokenDigits.GateWords);

    private readonly ViewBuffer _folded = new();
    private readonly ViewBuffer _rewritten = new();
    private readonly List<ViewPiece> _pieces = new(64);
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
        var spoken = MaySpeakDigits(text, anchors, mayHaveDigitWords);
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

    private static bool MaySpeakDigits(ReadOnlySpan<char> text, TextAnchors anchors, bool mayHaveDigitWords) =>
        anchors.IsolatedDigits(SpokenDigits.MinSpacedDigits) >= SpokenDigits.MinSpacedDigits
        || (mayHaveDigitWords && SpokenGate.AnyIn(text, anchors));

    private bool Build(ReadOnlySpan<char> text, TextAnchors anchors, int fold, bool spoken, int separator)
    {
        if (fold >= 0 && CharFolding.TryFold(text, fold, _folded))
        {
            // Folding can reveal what the original's masks could not show (full-width digits spaced out).
            var folded = _folded.Text;
            var foldedAnchors = TextAnchors.ForStandalone(folded);
            var separator2 = foldedAnchors.MaySpellEmail() ? SpelledEmail.NextSeparator(folded, 0) : -1;
            _result = Rewrite(folded, _folded, foldedAnchors, MaySpeakDigits(folded, foldedAnchors, true), separator2)
                ? _rewritten
                : _folded;
            return true;
        }
        _result = _rewritten;
        return Rewrite(text, null, anchors, spoken, separator);
    }

    /// <summary>
    /// Applies the token rewrites to <paramref name="source"/> (whose own map is <paramref name="sourceMap"/>,
    /// or the identity), visiting only word starts, from the anchor masks.
    /// </summary>
    private bool Rewrite(ReadOnlySpan<char> source, ViewBuffer? sourceMap, TextAnchors anchors, bool spoken, int separator)
    {
        if (!spoken && separator < 0)
        {
            return false;
        }
        _pieces.Clear();
        var copied = 0;
        var changed = false;
        var blocks = anchors.Blocks;
        // Without spoken digits, only the words shortly before a spelled separator can start an address.
        var from = spoken ? 0 : Math.Max(0, separator - SpelledEmail.MaxReach);
        var previousWord = 0UL;
        for (var b = 0; b < blocks.Length; b++)
        {
            var word = blocks[b].Letters | blocks[b].Digits;
            var starts = word & ~TextAnchors.Previous(word, previousWord);
            previousWord = word;
            if (b * 64 + 63 < from)
            {
                continue;
            }
            for (; starts != 0; starts &= starts - 1)
            {
                var i = (b * 64) + BitOperations.TrailingZeroCount(starts);
                if (i < copied || i < from || (i > 0 && char.IsLetterOrDigit(source[i - 1])))
                {
                    continue;
                }
                var end = spoken && SpokenDigits.CanStart(source[i]) ? SpokenDigits.TryParse(source, i, _pieces) : -1;
                if (end < 0 && separator >= 0)
                {
                    if (separator < i)
                    {
                        separator = SpelledEmail.NextSeparator(source, i);
                    }
                    if (separator >= 0 && separator - i <= SpelledEmail.MaxReach)
                    {
                        end = SpelledEmail.TryParse(source, i, _pieces);
                    }
                }
                if (end < 0)
                {
                    if (!spoken && separator < 0)
                    {
                        break;
                    }
                    continue;
                }
                if (!changed)
                {
                    _rewritten.Reset(source.Length);
                    changed = true;
                }
                Copy(source, sourceMap, copied, i);
                foreach (var piece in _pieces)
                {
                    Append(sourceMap, piece.C, piece.From, piece.To);
                }
                _pieces.Clear();
                copied = end;
            }
        }
        if (changed)
        {
            Copy(source, sourceMap, copied, source.Length);
        }
        return changed;
    }

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
