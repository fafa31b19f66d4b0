using System.Buffers;
using System.Collections.Frozen;

using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection;

/// <summary>
/// Runs the enabled detectors over a text and turns their candidates into final findings:
/// allow list, context boost, per-entity threshold, then overlap resolution.
/// </summary>
/// <remarks>
/// Overlap policy (documented in README): when two findings overlap, the longer span wins; on equal
/// length the higher score wins; on equal score the detector registered first wins. The loser is
/// dropped entirely, so reported findings never overlap and each redacted character has one owner.
/// Built once from the rules and shared by every worker; <see cref="Scan"/> is thread-safe.
/// </remarks>
public sealed class DetectorEngine
{
    /// <summary>How much a nearby context word adds to a candidate's score (Presidio uses 0.35).</summary>
    public const float ContextBoost = 0.35f;

    /// <summary>Characters before a candidate searched for context words (about six words).</summary>
    public const int ContextWindowBefore = 48;

    /// <summary>Characters after a candidate searched for context words.</summary>
    public const int ContextWindowAfter = 24;

    private readonly Detector[] _detectors;

    // Detectors split once at construction so Scan does no filtering per text: the "open" arrays
    // include the context-gated detectors, the "closed" ones leave them out.
    private readonly Detector[] _scannersOpen;
    private readonly Detector[] _scannersClosed;
    private readonly DigitRunDispatch _digitRunOpen;
    private readonly DigitRunDispatch _digitRunClosed;
    private readonly ContextWords _gate;

    /// <summary>
    /// <see cref="_gate"/>'s words and the digit words of the normalised view in one set: on most
    /// texts one pass finds neither, and only texts where it finds one pay for the two exact checks.
    /// </summary>
    private readonly ContextWords _wordGate;
    private readonly FrozenDictionary<string, EntityScoring> _scoring;
    private readonly AllowList _allowList;

    public DetectorEngine(IEnumerable<Detector> detectors, IReadOnlyDictionary<string, EntityScoring>? scoring = null, AllowList? allowList = null)
    {
        _detectors = detectors.ToArray();
        _scoring = (scoring ?? new Dictionary<string, EntityScoring>()).ToFrozenDictionary(StringComparer.Ordinal);
        var digitRunDetectors = _detectors.OfType<DigitRunDetector>().ToArray();
        _digitRunOpen = new DigitRunDispatch(digitRunDetectors);
        _digitRunClosed = new DigitRunDispatch(digitRunDetectors.Where(d => !d.RequiresContext));
        _scannersOpen = _detectors.Where(d => d is not DigitRunDetector).ToArray();
        _scannersClosed = _scannersOpen.Where(d => !d.RequiresContext).ToArray();
        _gate = new ContextWords(_detectors.Where(d => d.RequiresContext)
            .SelectMany(d => d.GateWords ?? d.EntityTypes.SelectMany(t => ScoringFor(t).Context.Words)).ToArray());
        _wordGate = new ContextWords([.. _gate.Words, .. SpokenDigits.GateWords]);
        _allowList = allowList ?? AllowList.Empty;
    }

    public IReadOnlyList<Detector> Detectors => _detectors;

    public AllowList AllowList => _allowList;

    /// <summary>The configured scoring per entity type (types absent here use <see cref="EntityScoring.Default"/>).</summary>
    public IReadOnlyDictionary<string, EntityScoring> Scoring => _scoring;

    public EntityScoring ScoringFor(string entityType) => _scoring.GetValueOrDefault(entityType, EntityScoring.Default);

    /// <summary>Clears <paramref name="results"/> and fills it with the final findings, sorted by start.</summary>
    /// <remarks>
    /// A text that disguises identifiers (full-width or Arabic-Indic digits, en dashes, zero-width
    /// characters, spoken or spaced-out digits, spelled email addresses, %-escapes) is scanned in its
    /// <see cref="NormalisedView"/>, and each finding is mapped back to the original characters it
    /// stands for; every other text is scanned as it is.
    /// </remarks>
    public void Scan(ReadOnlySpan<char> text, FindingList results)
    {
        results.Clear();
        if (text.IsEmpty)
        {
            return;
        }
        // One vectorized pass classifies the characters every detector anchors on (digits, '.', ':'...).
        var anchors = TextAnchors.ForEngine(text);
        // Context-gated detectors (passport, bank account, ICD-10...) can only ever pass with a context
        // word nearby, so one vectorized search for all their words (and the view's digit words)
        // decides whether they run at all.
        var words = _wordGate.AnyIn(text, anchors);
        var view = NormalisedView.Of(text, anchors, mayHaveDigitWords: words);
        if (view is null)
        {
            ScanAnchored(text, anchors, words && _gate.AnyIn(text, anchors), results);
            return;
        }
        var viewAnchors = TextAnchors.ForEngine(view.Text);
        ScanAnchored(view.Text, viewAnchors, _gate.AnyIn(view.Text, viewAnchors), results);
        view.MapBack(results);
    }

    private void ScanAnchored(ReadOnlySpan<char> text, TextAnchors anchors, bool gateOpen, FindingList results)
    {
        foreach (var detector in gateOpen ? _scannersOpen : _scannersClosed)
        {
            detector.Scan(text, anchors, results);
        }
        (gateOpen ? _digitRunOpen : _digitRunClosed).OfferRuns(text, anchors, results);
        if (results.Count == 0)
        {
            return;
        }
        ScoreAndFilter(text, results);
        ResolveOverlaps(results);
    }

    private void ScoreAndFilter(ReadOnlySpan<char> text, FindingList results)
    {
        var items = results.AsWritableSpan();
        var kept = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var f = items[i];
            if ((uint)f.Start >= (uint)f.End || f.End > text.Length || _allowList.Contains(text[f.Start..f.End]))
            {
                continue;
            }
            var scoring = ScoringFor(f.EntityType);
            var score = f.Score;
            // Context: a word near the candidate, or the key or CSV column it is the value of.
            if (score < scoring.Threshold && !scoring.Context.IsEmpty
                && (HasContext(text, f, scoring.Context) || StructuredKey.IsContext(text, f, scoring.Context)))
            {
                score = Math.Min(1f, score + ContextBoost);
            }
            if (score >= scoring.Threshold)
            {
                items[kept++] = f with { Score = score };
            }
        }
        results.Truncate(kept);
    }

    private static bool HasContext(ReadOnlySpan<char> text, in Finding f, ContextWords context)
    {
        var from = Math.Max(0, f.Start - ContextWindowBefore);
        var to = Math.Min(text.Length, f.End + ContextWindowAfter);
        return context.AnyIn(text[from..f.Start]) || context.AnyIn(text[f.End..to]);
    }

    private static void ResolveOverlaps(FindingList results)
    {
        SortByStart(results.AsWritableSpan());
        if (!AnyOverlap(results.AsSpan()))
        {
            return;
        }
        // A loser can overlap its winner only in part ("536 22 4871" against the longer address
        // "4871 Maple Street"), or lose to a finding that a later one then beats: the characters no
        // winner covers stay a finding of the loser's type, so an overlap never forwards part of a value.
        var candidates = ArrayPool<Finding>.Shared.Rent(results.Count);
        try
        {
            var count = results.Count;
            results.AsSpan().CopyTo(candidates);
            KeepWinners(results);
            KeepUncoveredRemainders(results, candidates.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<Finding>.Shared.Return(candidates);
        }
    }

    /// <summary>Stable insertion sort by start: lists are short and usually already in order per detector.</summary>
    private static void SortByStart(Span<Finding> items)
    {
        for (var i = 1; i < items.Length; i++)
        {
            var x = items[i];
            var j = i - 1;
            while (j >= 0 && items[j].Start > x.Start)
            {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = x;
        }
    }

    private static bool AnyOverlap(ReadOnlySpan<Finding> sorted)
    {
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Start < sorted[i - 1].End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Adds, per candidate, each stretch of it that no kept finding covers, then restores start order.</summary>
    private static void KeepUncoveredRemainders(FindingList results, ReadOnlySpan<Finding> candidates)
    {
        var added = false;
        foreach (var c in candidates)
        {
            var from = c.Start;
            while (from < c.End)
            {
                var coveredTo = -1;
                var nextStart = c.End;
                foreach (var k in results.AsSpan())
                {
                    if (k.Start <= from && from < k.End)
                    {
                        coveredTo = k.End;
                        break;
                    }
                    if (k.Start > from && k.Start < nextStart)
                    {
                        nextStart = k.Start;
                    }
                }
                if (coveredTo >= 0)
                {
                    from = coveredTo;
                    continue;
                }
                results.Add(c.EntityType, from, nextStart, c.Score);
                added = true;
                from = nextStart;
            }
        }
        if (added)
        {
            SortByStart(results.AsWritableSpan());
        }
    }

    private static void KeepWinners(FindingList results)
    {
        var items = results.AsWritableSpan();
        var kept = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var candidate = items[i];
            if (kept > 0 && items[kept - 1].Overlaps(candidate))
            {
                if (Beats(candidate, items[kept - 1]))
                {
                    items[kept - 1] = candidate;
                    // The new winner may now overlap an earlier kept finding too.
                    while (kept > 1 && items[kept - 2].Overlaps(items[kept - 1]))
                    {
                        if (Beats(items[kept - 1], items[kept - 2]))
                        {
                            items[kept - 2] = items[kept - 1];
                        }
                        kept--;
                    }
                }
                continue;
            }
            items[kept++] = candidate;
        }
        results.Truncate(kept);
    }

    private static bool Beats(in Finding challenger, in Finding holder) =>
        challenger.Length != holder.Length ? challenger.Length > holder.Length : challenger.Score > holder.Score;
}
