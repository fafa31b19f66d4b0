using StreamFilter.Core.Detection;
using StreamFilter.Core.Events;
using StreamFilter.Core.Ocr;
using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// Runs the detectors over every text-bearing field of an event and redacts each with the rules'
/// operators. Owns the reusable finding buffer, so one instance per processor; not thread-safe.
/// </summary>
/// <remarks>
/// Short values found clean are remembered: app, window title and URL repeat for every key a person
/// types, and the detectors' verdict depends on the text and the rules only (a reload makes a new
/// scanner). Values with findings are scanned every time, so redaction never comes from a cache.
/// </remarks>
internal sealed class FieldScanner(RuleSet rules) : IDisposable
{
    /// <summary>Values up to this length are remembered when clean; longer ones (free text) rarely repeat.</summary>
    internal const int MaxRememberedLength = 256;

    private const int MaxRemembered = 4096;

    private readonly FindingList _findings = new();
    private readonly OcrFrameScanner _ocr = new(rules.Engine, rules.Redactor);
    private readonly HashSet<string> _clean = new(StringComparer.Ordinal);

    public void Scan(InputEvent evt, ScanResult result)
    {
        result.Reset();
        result.App = Field(evt.App, TextField.App, 0, result);
        result.WindowTitle = Field(evt.WindowTitle, TextField.WindowTitle, 0, result);
        result.Url = Field(evt.Url, TextField.Url, 0, result);
        if (evt.Transcript is { } t)
        {
            result.Text = Field(t.Text, TextField.Text, 0, result);
        }
        if (evt.Mouse is { } m)
        {
            result.Target = Field(m.Target, TextField.Target, 0, result);
        }
        if (evt.ScreenOcr is { } ocr)
        {
            Frame(ocr, result);
        }
    }

    /// <summary>Blocks are scanned together in reading order, so a value split over blocks is found.</summary>
    private void Frame(ScreenOcrData ocr, ScanResult result)
    {
        var frame = _ocr.Scan(ocr.Blocks);
        foreach (var text in frame.RedactedTexts)
        {
            result.Blocks.Add(text);
            result.Dropped |= text is null;
        }
        foreach (var f in frame.Findings)
        {
            result.Entities.Add(new EntityHit(f.EntityType, TextField.BlockText, f.BlockIndex, f.Start, f.End, f.Score));
        }
        result.BlurBoxes.AddRange(frame.Boxes);
    }

    private string? Field(string? text, TextField field, int blockIndex, ScanResult result)
    {
        if (text is null)
        {
            return null;
        }
        var rememberable = text.Length <= MaxRememberedLength;
        if (rememberable && _clean.Contains(text))
        {
            return text;
        }
        rules.Engine.Scan(text, _findings);
        if (_findings.Count == 0)
        {
            if (rememberable)
            {
                Remember(text);
            }
            return text;
        }
        var findings = _findings.AsSpan();
        CheckResolved(findings, text.Length);
        foreach (ref readonly var f in findings)
        {
            result.Entities.Add(EntityHit.From(f, field, blockIndex));
        }
        var redacted = rules.Redactor.Redact(text, findings);
        result.Dropped |= redacted is null;
        return redacted;
    }

    private void Remember(string clean)
    {
        if (_clean.Count >= MaxRemembered)
        {
            _clean.Clear();
        }
        _clean.Add(clean);
    }

    /// <summary>
    /// The redactor trusts findings to be sorted, in range and disjoint; a detector bug that breaks this
    /// could leave part of a value in clear, so the event fails closed instead.
    /// </summary>
    private static void CheckResolved(ReadOnlySpan<Finding> findings, int length)
    {
        var cursor = 0;
        foreach (ref readonly var f in findings)
        {
            if (f.Start < cursor || f.End <= f.Start || f.End > length)
            {
                throw new InvalidOperationException("Detector findings are unsorted, overlapping or out of range.");
            }
            cursor = f.End;
        }
    }

    public void Dispose() => _findings.Dispose();
}
