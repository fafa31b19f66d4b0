using StreamFilter.Core.Detection;
using StreamFilter.Core.Events;
using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// Runs the detectors over every text-bearing field of an event and redacts each with the rules'
/// operators. Owns the reusable finding buffer, so one instance per processor; not thread-safe.
/// </summary>
internal sealed class FieldScanner(RuleSet rules) : IDisposable
{
    private readonly FindingList _findings = new();

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
            for (var i = 0; i < ocr.Blocks.Count; i++)
            {
                result.Blocks.Add(Field(ocr.Blocks[i].Text, TextField.BlockText, i, result));
            }
        }
    }

    private string? Field(string? text, TextField field, int blockIndex, ScanResult result)
    {
        if (text is null)
        {
            return null;
        }
        rules.Engine.Scan(text, _findings);
        if (_findings.Count == 0)
        {
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
