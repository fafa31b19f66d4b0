using System.Globalization;
using System.Text;

namespace StreamFilter.Core.Tests.Corpora;

/// <summary>Renders the per-type pass rates as the markdown table kept in docs/presidio-pass-rates.md.</summary>
internal static class PresidioPassRateReport
{
    public const string FileName = "presidio-pass-rates.md";

    public static string Render(IReadOnlyList<PresidioTypeResult> results, DateOnly measuredOn)
    {
        var inv = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.AppendLine("# Presidio corpus pass rates");
        md.AppendLine();
        md.AppendLine(inv, $"Measured {measuredOn:yyyy-MM-dd} by `PresidioCorpusTests` over `tests/data/corpora/{PresidioScorer.RecognizerFile}` and `{PresidioScorer.ValidationFile}` (microsoft/presidio @ 0aa9f8e4).");
        md.AppendLine("A case passes when the default engine's findings of the mapped type are exactly Presidio's expected spans (or count).");
        md.AppendLine("Pass rate = passed strong positives + negatives (+ validator cases) over all of them. Weak positives (Presidio's own");
        md.AppendLine("expected score below 0.5) are counted apart: *candidate* = our detector produces the span before thresholds,");
        md.AppendLine("*reported* = the default engine reports it without further context.");
        md.AppendLine();
        md.AppendLine("| Presidio entity | StreamFilter entity | positives passed | negatives passed | validator cases passed | pass rate | weak: candidate / reported / cases |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            if (!r.Registered)
            {
                md.AppendLine(inv, $"| {r.PresidioEntity} | {r.OurEntity} | - | - | - | no detector in this build | - |");
                continue;
            }
            var rate = r.Judged == 0 ? "n/a (weak cases only)" : r.PassRate.ToString("P1", inv);
            md.AppendLine(inv,
                $"| {r.PresidioEntity} | {r.OurEntity} | {r.PositivesPassed}/{r.Positives} | {r.NegativesPassed}/{r.Negatives} | {r.ValidationPassed}/{r.ValidationCases} | {rate} | {r.WeakCandidates} / {r.WeakReported} / {r.Weak} |");
        }
        return md.ToString();
    }
}
