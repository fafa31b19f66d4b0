using System.CommandLine;
using System.Globalization;
using StreamFilter.Cli.Evaluation;
using StreamFilter.Core.Sensitivity.Classification;

namespace StreamFilter.Cli.Commands;

/// <summary>
/// `streamfilter train`: trains the sensitivity classifier on category-labelled JSONL files, reports
/// its score on the held-out split (never trained on) and writes the model file.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data") { Description = "Labelled JSONL files ({text, label[, heldout, id, source]}).", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Model file to write.", DefaultValueFactory = _ => "models/sensitivity.sfm" };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed: same data and seed give a bit-identical model.", DefaultValueFactory = _ => new TrainerOptions().Seed };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => new TrainerOptions().Epochs };
        var rate = new Option<float>("--learning-rate") { Description = "AdaGrad base step.", DefaultValueFactory = _ => new TrainerOptions().LearningRate };
        var l2 = new Option<float>("--l2") { Description = "L2 penalty per update.", DefaultValueFactory = _ => new TrainerOptions().L2 };
        var command = new Command("train", "Train the sensitivity classifier and write a .sfm model file.") { data, output, seed, epochs, rate, l2 };
        command.SetAction(parse =>
        {
            var o = parse.InvocationConfiguration.Output;
            var files = parse.GetValue(data)!;
            if (parse.GetValue(epochs) is < 1 or > 100)
            {
                parse.InvocationConfiguration.Error.WriteLine("--epochs must be 1-100");
                return 2;
            }
            LabelledDataset dataset;
            try
            {
                dataset = LabelledDataset.Load(files);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                parse.InvocationConfiguration.Error.WriteLine($"cannot read training data: {e.Message}");
                return 2;
            }
            WriteCounts(o, dataset);
            var options = new TrainerOptions
            {
                Seed = parse.GetValue(seed),
                Epochs = parse.GetValue(epochs),
                LearningRate = parse.GetValue(rate),
                L2 = parse.GetValue(l2),
                Description = Describe(files, dataset, parse.GetValue(seed), parse.GetValue(epochs)),
            };
            var model = SoftmaxTrainer.Train(dataset.Train, options);
            var path = parse.GetValue(output)!;
            model.Save(path);
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({new FileInfo(path).Length / 1024.0:0} KiB)"));
            o.WriteLine();
            o.WriteLine("held-out evaluation (default thresholds):");
            ReportText.Write(o, ClassifierEvaluation.Run(model, dataset.HeldOut, ClassifierThresholds.Default));
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

    private static string Describe(string[] files, LabelledDataset dataset, int seed, int epochs) => string.Create(
        CultureInfo.InvariantCulture,
        $"streamfilter train seed={seed} epochs={epochs} train={dataset.Train.Count} heldout={dataset.HeldOut.Count} data={string.Join(' ', files.Select(Path.GetFileName))}");
}
