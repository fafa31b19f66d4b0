using System.Text.Json;
using StreamFilter.Core.Sensitivity.Classification;

namespace StreamFilter.Cli.Evaluation;

/// <summary>Evaluation reports as one JSON object, for scripts and the benchmark README generator.</summary>
internal static class ReportJson
{
    public static void Write(Stream output, ClassifierReport r)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        w.WriteStartObject();
        w.WriteString("kind", "categories");
        w.WriteNumber("examples", r.Examples);
        w.WriteNumber("macro_f1", r.MacroF1);
        w.WriteNumber("work_raised_rate", r.WorkRaisedRate);
        w.WriteNumber("non_work_raised_rate", r.SensitiveRaisedRate);
        WriteScores(w, "categories", r.Scores);
        w.WriteStartObject("raised");
        foreach (var s in r.Scores)
        {
            w.WriteNumber(s.Name, s.RaisedRecall);
        }
        w.WriteEndObject();
        w.WriteStartObject("sources");
        foreach (var s in r.Sources)
        {
            w.WriteStartObject(s.Name);
            w.WriteString("label", s.Category);
            w.WriteNumber("examples", s.Examples);
            w.WriteNumber("accuracy", s.Accuracy);
            w.WriteNumber("raised", s.RaisedRate);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartObject("confusion");
        for (var i = 0; i < r.Categories.Count; i++)
        {
            w.WriteStartObject(r.Categories[i]);
            for (var j = 0; j < r.Categories.Count; j++)
            {
                w.WriteNumber(r.Categories[j], r.Confusion[i][j]);
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void Write(Stream output, SpanReport r)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        w.WriteStartObject();
        w.WriteString("kind", "spans");
        w.WriteNumber("records", r.Records);
        WriteScores(w, "entities", r.Scores);
        w.WriteStartObject("unmapped_labels");
        foreach (var (label, count) in r.UnmappedLabels)
        {
            w.WriteNumber(label, count);
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteScores(Utf8JsonWriter w, string name, IReadOnlyList<CategoryScore> scores)
    {
        w.WriteStartObject(name);
        foreach (var s in scores)
        {
            w.WriteStartObject(s.Name);
            w.WriteNumber("precision", s.Precision);
            w.WriteNumber("recall", s.Recall);
            w.WriteNumber("f1", s.F1);
            w.WriteNumber("support", s.Support);
            w.WriteNumber("tp", s.TruePositives);
            w.WriteNumber("fp", s.FalsePositives);
            w.WriteNumber("fn", s.FalseNegatives);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }
}
