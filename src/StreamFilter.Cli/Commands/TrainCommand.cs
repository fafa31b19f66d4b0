using System.CommandLine;
using System.Globalization;
using StreamFilter.Cli.Evaluation;
using StreamFilter.Cli.Training;
using StreamFilter.Core.Sensitivity.Classification;

namespace StreamFilter.Cli.Commands;

/// <summary>
/// `streamfilter train`: trains the sensitivity classifier with ML.NET on category-labelled JSONL,
/// chooses the trainer by cross-validation with folds by source (--trainer auto), calibrates per-category
/// thresholds on half of the held-out split, reports the other half the held-out split (never trained on) per category and per source,
/// and writes the exported model file.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data") { Description = "Labelled JSONL files ({text, label[, heldout, id, source, family]}).", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Model file to write.", DefaultValueFactory = _ => "models/sensitivity.sfm" };
        var seed = new Option<int>("--seed") { Description = "ML.NET seed: same data and seed give the same model.", DefaultValueFactory = _ => 42 };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds (by source).", DefaultValueFactory = _ => 3 };
        var trainer = new Option<string>("--trainer") { Description = "auto (choose by cross-validation among TrainingCandidate.Defaults), sdca or lbfgs.", DefaultValueFactory = _ => "lbfgs" };
        var l2 = new Option<float>("--l2") { Description = "L2 strength for --trainer sdca|lbfgs.", DefaultValueFactory = _ => 1f };
        var l1 = new Option<float>("--l1") { Description = "L1 strength for --trainer sdca|lbfgs.", DefaultValueFactory = _ => 0.1f };
        var iterations = new Option<int>("--iterations") { Description = "Trainer iterations for --trainer sdca|lbfgs.", DefaultValueFactory = _ => 60 };
        var budget = new Option<double>("--work-budget") { Description = "Share of held-out work text all categories together may raise to level 3 (the thresholds' calibration).", DefaultValueFactory = _ => 0.02 };
        var bits = new Option<int>("--bucket-bits") { Description = "log2 of the hashed feature count.", DefaultValueFactory = _ => HashingOptions.Default.BucketBits };
        var command = new Command("train", "Train the sensitivity classifier (ML.NET) and write a .sfm model file.") { data, output, seed, folds, trainer, l2, l1, iterations, budget, bits };
        command.SetAction(parse =>
        {
            var o = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var files = parse.GetValue(data)!;
            if (parse.GetValue(folds) is < 2 or > 20 || parse.GetValue(budget) is < 0 or > 0.5 || parse.GetValue(bits) is < 10 or > 24)
            {
                error.WriteLine("--folds must be 2-20, --work-budget 0-0.5, --bucket-bits 10-24");
                return 2;
            }
            IReadOnlyList<TrainingCandidate> candidates;
            switch (parse.GetValue(trainer))
            {
                case "auto":
                    candidates = TrainingCandidate.Defaults;
                    break;
                case "sdca" or "lbfgs":
                    candidates = [new TrainingCandidate(parse.GetValue(trainer) == "sdca" ? TrainerKind.Sdca : TrainerKind.Lbfgs, parse.GetValue(l2), parse.GetValue(l1), parse.GetValue(iterations))];
                    break;
                default:
                    error.WriteLine("--trainer must be auto, sdca or lbfgs");
                    return 2;
            }
            LabelledDataset dataset;
            try
            {
                dataset = LabelledDataset.Load(files);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                error.WriteLine($"cannot read training data: {e.Message}");
                return 2;
            }
            WriteCounts(o, dataset);
            var hashing = HashingOptions.Default with { BucketBits = parse.GetValue(bits) };
            var run = new TrainingRun(parse.GetValue(seed), hashing, parse.GetValue(folds), new ThresholdCalibration(parse.GetValue(budget) / 5));
            SensitivityModel model;
            try
            {
                model = run.Train(dataset, candidates, files, o);
            }
            catch (ArgumentException e)
            {
                error.WriteLine($"cannot train: {e.Message}");
                return 2;
            }
            var path = parse.GetValue(output)!;
            model.Save(path);
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({new FileInfo(path).Length / 1024.0:0} KiB)"));
            o.WriteLine();
            o.WriteLine("held-out evaluation (calibrated thresholds; the held-out half they were not calibrated on):");
            ReportText.Write(o, ClassifierEvaluation.Run(model, run.Report, model.Thresholds));
            return 0;
        });
        return command;
    }

    private static void WriteCounts(TextWriter o, LabelledDataset dataset)
    {
        var train = dataset.Train.CountBy(e => e.Category).ToDictionary();
        var held = dataset.HeldOut.CountBy(e => e.Category).ToDictionary();
        o.WriteLine($"{"category",-22} {"train",7} {"held-out",9}");
        foreach (var category in train.Keys.Union(held.Keys).Order(StringComparer.Ordinal))
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{category,-22} {train.GetValueOrDefault(category),7} {held.GetValueOrDefault(category),9}"));
        }
        foreach (var (label, count) in dataset.SkippedLabels)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"skipped {count} records labelled '{label}' (not a StreamFilter category)"));
        }
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"removed {dataset.HeldOutDuplicatesRemoved} held-out records whose text also occurs in training"));
    }
}
