using System.Globalization;
using StreamFilter.Core.Sensitivity.Classification;

namespace StreamFilter.Cli.Evaluation;

/// <summary>Evaluation reports as aligned, human-readable tables.</summary>
internal static class ReportText
{
    public static void Write(TextWriter o, ClassifierReport r)
    {
        o.WriteLine(F($"{"category",-22} {"precision",9} {"recall",9} {"f1",9} {"raised 3+",9} {"support",8}"));
        foreach (var s in r.Scores)
        {
            o.WriteLine(F($"{s.Name,-22} {s.Precision,9:0.000} {s.Recall,9:0.000} {s.F1,9:0.000} {s.RaisedRecall,9:0.000} {s.Support,8}"));
        }
        o.WriteLine(F($"macro-F1 {r.MacroF1:0.000} over {r.Examples} examples"));
        o.WriteLine(F($"work raised to level 3+: {r.WorkRaised}/{r.WorkExamples} = {r.WorkRaisedRate:0.00%}"));
        o.WriteLine(F($"non-work raised to level 3+ by the classifier alone: {r.SensitiveRaised}/{r.SensitiveExamples} = {r.SensitiveRaisedRate:0.00%}"));
        o.WriteLine();
        o.WriteLine("per source (accuracy of the most probable category; raised = level 3+ by the classifier):");
        var sourceWidth = Math.Max(24, r.Sources.Select(s => s.Name.Length).DefaultIfEmpty(0).Max() + 1);
        o.WriteLine(F($"{"source".PadRight(sourceWidth)} {"label",-20} {"n",6} {"accuracy",9} {"raised",8}"));
        foreach (var s in r.Sources)
        {
            o.WriteLine(F($"{s.Name.PadRight(sourceWidth)} {s.Category,-20} {s.Examples,6} {s.Accuracy,9:0.000} {s.RaisedRate,8:0.000}"));
        }
        o.WriteLine();
        o.WriteLine("confusion (rows actual, columns predicted):");
        var width = Math.Max(8, r.Categories.Max(c => c.Length) + 1);
        o.Write(new string(' ', width));
        foreach (var c in r.Categories)
        {
            o.Write(Short(c).PadLeft(7));
        }
        o.WriteLine();
        for (var i = 0; i < r.Categories.Count; i++)
        {
            o.Write(r.Categories[i].PadRight(width));
            foreach (var n in r.Confusion[i])
            {
                o.Write(n.ToString(CultureInfo.InvariantCulture).PadLeft(7));
            }
            o.WriteLine();
        }
    }

    public static void Write(TextWriter o, SpanReport r)
    {
        o.WriteLine(F($"{"entity",-22} {"precision",9} {"recall",9} {"f1",9} {"tp",6} {"fp",6} {"fn",6}"));
        foreach (var s in r.Scores)
        {
            o.WriteLine(F($"{s.Name,-22} {s.Precision,9:0.000} {s.Recall,9:0.000} {s.F1,9:0.000} {s.TruePositives,6} {s.FalsePositives,6} {s.FalseNegatives,6}"));
        }
        o.WriteLine(F($"{r.Records} records"));
        if (r.UnmappedLabels.Count > 0)
        {
            o.WriteLine("not scored (no mapping): " + string.Join(", ", r.UnmappedLabels.Select(kv => F($"{kv.Key} ({kv.Value})"))));
        }
    }

    /// <summary>Column header abbreviation: "private_conversation" becomes "privat".</summary>
    private static string Short(string category) => category.Length <= 6 ? category : category[..6];

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
