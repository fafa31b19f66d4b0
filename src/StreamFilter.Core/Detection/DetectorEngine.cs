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
            .SelectMany(d => d.EntityTypes).SelectMany(t => ScoringFor(t).Context.Words).ToArray());
        _allowList = allowList ?? AllowList.Empty;
    }

    public IReadOnlyList<Detector> Detectors => _detectors;

    public AllowList AllowList => _allowList;

    /// <summary>The configured scoring per entity type (types absent here use <see cref="EntityScoring.Default"/>).</summary>
    public IReadOnlyDictionary<string, EntityScoring> Scoring => _scoring;

    public EntityScoring ScoringFor(string entityType) => _scoring.GetValueOrDefault(entityType, EntityScoring.Default);

    /// <summary>Clears <paramref name="results"/> and fills it with the final findings, sorted by start.</summary>
    public void Scan(ReadOnlySpan<char> text, FindingList results)
    {
        results.Clear();
        if (text.IsEmpty)
        {
            return;
        }
        // Context-gated detectors (passport, bank account, ICD-10...) can only ever pass with a context
        // word nearby, so one vectorized search for all their words decides whether they run at all.
        // One vectorized pass classifies the characters every detector anchors on (digits, '.', ':'...).
        var anchors = TextAnchors.ForEngine(text);
        var gateOpen = _gate.AnyIn(text, anchors);
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
        var items = results.AsWritableSpan();
        // Stable insertion sort by start: lists are short and usually already in order per detector.
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
