using System.CommandLine;
using System.Text.Json;
using StreamFilter.Cli.Evaluation;
using StreamFilter.Core.Detection;
using StreamFilter.Core.Sensitivity.Classification;

namespace StreamFilter.Cli.Commands;

/// <summary>
/// `streamfilter eval`: accuracy reports. Category-labelled JSONL scores the sensitivity classifier
/// (held-out split only unless --all); span-labelled JSONL scores the default detectors per entity.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var model = new Option<string?>("--model") { Description = "Model file (default: the model embedded in StreamFilter)." };
        var data = new Option<string[]>("--data") { Description = "Labelled JSONL files: {text, label} or {text, spans:[{start,end,label}]}.", Required = true, AllowMultipleArgumentsPerToken = true };
        var labels = new Option<string?>("--labels") { Description = "Span label mapping over the Presidio defaults: FROM=TO,FROM2=TO2; FROM= ignores a label." };
        var all = new Option<bool>("--all") { Description = "Score every category record, not only the held-out split (for files never trained on)." };
        var json = new Option<bool>("--json") { Description = "One JSON object per report instead of tables." };
        var command = new Command("eval", "Report classifier and detector precision, recall and F1 on labelled data.") { model, data, labels, all, json };
        command.SetAction(parse =>
        {
            var o = parse.InvocationConfiguration.Output;
            try
            {
                var mapping = LabelMapping.Parse(parse.GetValue(labels));
                var files = parse.GetValue(data)!;
                var spanFiles = files.Where(IsSpanLabelled).ToList();
                var categoryFiles = files.Except(spanFiles).ToList();
                if (categoryFiles.Count > 0)
                {
                    var path = parse.GetValue(model);
                    var classifier = path is null ? SensitivityModel.LoadDefault() : SensitivityModel.Load(path);
                    var dataset = LabelledDataset.Load(categoryFiles);
                    var examples = parse.GetValue(all) ? [.. dataset.Train, .. dataset.HeldOut] : dataset.HeldOut;
                    var report = ClassifierEvaluation.Run(classifier, examples, classifier.Thresholds);
                    Emit(parse.GetValue(json), o, s => ReportJson.Write(s, report), w => ReportText.Write(w, report));
                }
                var engine = DetectorCatalog.CreateDefaultEngine();
                foreach (var file in spanFiles)
                {
                    var report = SpanEvaluation.Run(file, mapping, engine);
                    Emit(parse.GetValue(json), o, s => ReportJson.Write(s, report), w =>
                    {
                        w.WriteLine(file);
                        ReportText.Write(w, report);
                    });
                }
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or FormatException or ModelFormatException or UnauthorizedAccessException)
            {
                parse.InvocationConfiguration.Error.WriteLine($"eval: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    private static void Emit(bool asJson, TextWriter o, Action<Stream> json, Action<TextWriter> text)
    {
        if (asJson)
        {
            using var buffer = new MemoryStream();
            json(buffer);
            o.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
        else
        {
            text(o);
            o.WriteLine();
        }
    }

    /// <summary>A file is span-labelled when its first record has a "spans" array.</summary>
    private static bool IsSpanLabelled(string path)
    {
        var first = File.ReadLines(path).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
        if (first is null)
        {
            return false;
        }
        try
        {
            using var doc = JsonDocument.Parse(first);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("spans", out var s) && s.ValueKind == JsonValueKind.Array;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}:1: not JSON ({e.Message})", e);
        }
    }
}
