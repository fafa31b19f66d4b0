using System.CommandLine;
using System.Globalization;
using StreamFilter.Cli.People;
using StreamFilter.Core.Detection;
using StreamFilter.Core.Detection.People;

namespace StreamFilter.Cli.Commands;

/// <summary>
/// `streamfilter train-people`: trains the PERSON token classifier on the labelled NER sets
/// (WNUT-17 and the Broad Twitter Corpus, CC BY; WikiANN, share-alike, for training only: its text is
/// never written anywhere) plus generated work text, reports span precision and recall on each
/// set's test split and on a generated test set with held-out names and templates, and writes the
/// weights (the only thing that ships). `people-corpus` writes the generated test set as JSONL.
/// </summary>
internal static class TrainPeopleCommand
{
    public static Command Create()
    {
        var reference = new Option<string>("--reference") { Description = "The reference data folder (names, address, ner).", DefaultValueFactory = _ => "../shared/reference" };
        var code = new Option<string[]>("--code") { Description = "Source folders whose files are read as name-free negatives (code and logs).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => ["src/StreamFilter.Kafka", "src/StreamFilter.Cli/Commands"] };
        var output = new Option<string>("--out") { Description = "Weights file to write.", DefaultValueFactory = _ => "src/StreamFilter.Core/Detection/People/Data/person-model.bin.gz" };
        var generated = new Option<int>("--generated") { Description = "Generated training sentences.", DefaultValueFactory = _ => 60_000 };
        var epochs = new Option<int>("--epochs") { Description = "Perceptron passes.", DefaultValueFactory = _ => 8 };
        var seed = new Option<int>("--seed") { Description = "Generation and shuffle seed.", DefaultValueFactory = _ => 17 };
        var errors = new Option<string?>("--errors") { Description = "Development aid: write each test false positive and miss, with its sentence, to this file (holds corpus text: keep it out of the repo)." };
        var sets = new Option<string[]>("--sets") { Description = "NER sets to train on (their train and dev splits).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => ["wnut17", "btc", "wikiann_en"] };
        var command = new Command("train-people", "Train the PERSON token classifier and write its weights.") { reference, code, output, generated, epochs, seed, errors, sets };
        command.SetAction(parse =>
        {
            var o = parse.InvocationConfiguration.Output;
            var dir = parse.GetValue(reference)!;
            var ner = Path.Combine(dir, "ner");
            var train = new List<LabelledText>();
            foreach (var set in parse.GetValue(sets)!)
            {
                var rows = LabelledText.ReadJsonl(Path.Combine(ner, set + ".jsonl"), r => r.GetProperty("split").GetString() is "train" or "dev").ToList();
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{set}: {rows.Count} train+dev sentences"));
                train.AddRange(rows);
            }
            var random = new Random(parse.GetValue(seed));
            var pools = NamePools.Load(dir, test: false);
            // Each corpus sentence with people in it once more with other names in their place: the
            // contexts are real, and the names are many more than the corpora hold.
            var augmented = train.Where(r => r.Spans.Any(s => s.Label == "PERSON")).Select(r => Renamed(r, pools, random)).ToList();
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"renamed copies: {augmented.Count}"));
            train.AddRange(augmented);
            var generator = new PeopleTextGenerator(pools, new AddressFaker(dir, pools, random), random, test: false);
            for (var i = 0; i < parse.GetValue(generated); i++)
            {
                train.Add(generator.Next());
            }
            var negatives = CodeNegatives(parse.GetValue(code)!).ToList();
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated: {parse.GetValue(generated)} sentences; code negatives: {negatives.Count} chunks"));
            train.AddRange(negatives);
            var model = PersonTrainer.Train(train, parse.GetValue(epochs), parse.GetValue(seed), o);
            var path = parse.GetValue(output)!;
            using (var file = File.Create(path))
            {
                model.Write(file);
            }
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({new FileInfo(path).Length / 1024.0:0} KiB)"));
            var detector = new PersonDetector(model);
            using var errorLog = parse.GetValue(errors) is { } errorPath ? new StreamWriter(errorPath) : null;
            foreach (var set in new[] { "wnut17", "btc", "wikiann_en" })
            {
                Report(o, set + " test", PersonTrainer.Evaluate(detector, EntityType.Person, "PERSON", LabelledText.ReadJsonl(Path.Combine(ner, set + ".jsonl"), r => r.GetProperty("split").GetString() == "test"), errorLog));
            }
            Report(o, "generated test", PersonTrainer.Evaluate(detector, EntityType.Person, "PERSON", GeneratedTest(dir, 5_000, 4242), errorLog));
            return 0;
        });
        return command;
    }

    /// <summary>The sentence with each PERSON span replaced by a pool name of as many words (one or two).</summary>
    private static LabelledText Renamed(LabelledText item, NamePools pools, Random random)
    {
        var sb = new System.Text.StringBuilder();
        var spans = new List<(int, int, string)>();
        var at = 0;
        foreach (var (start, end, label) in item.Spans.OrderBy(s => s.Start))
        {
            if (start < at)
            {
                continue;
            }
            sb.Append(item.Text, at, start - at);
            var s = sb.Length;
            if (label == "PERSON")
            {
                var words = item.Text[start..end].Count(c => c == ' ') + 1;
                sb.Append(words == 1 && random.Next(2) == 0 ? pools.Surnames[random.Next(pools.Surnames.Length)] : pools.Given[random.Next(pools.Given.Length)]);
                if (words > 1)
                {
                    sb.Append(' ').Append(pools.Surnames[random.Next(pools.Surnames.Length)]);
                }
            }
            else
            {
                sb.Append(item.Text, start, end - start);
            }
            spans.Add((s, sb.Length, label));
            at = end;
        }
        sb.Append(item.Text, at, item.Text.Length - at);
        return new LabelledText(sb.ToString(), spans);
    }

    /// <summary>The generated test set: held-out names and templates, another seed.</summary>
    public static IEnumerable<LabelledText> GeneratedTest(string referenceDir, int count, int seed)
    {
        var random = new Random(seed);
        var pools = NamePools.Load(referenceDir, test: true);
        var generator = new PeopleTextGenerator(pools, new AddressFaker(referenceDir, pools, random), random, test: true);
        for (var i = 0; i < count; i++)
        {
            yield return generator.Next();
        }
    }

    private static void Report(TextWriter o, string name, (int Tp, int Fp, int Fn) r)
    {
        var p = r.Tp + r.Fp == 0 ? 0 : (double)r.Tp / (r.Tp + r.Fp);
        var rec = r.Tp + r.Fn == 0 ? 0 : (double)r.Tp / (r.Tp + r.Fn);
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-22} PERSON precision {p:0.000} recall {rec:0.000} (tp {r.Tp}, fp {r.Fp}, fn {r.Fn})"));
    }

    /// <summary>Source files cut into chunks of a few lines: text with identifiers and no people in it.</summary>
    private static IEnumerable<LabelledText> CodeNegatives(string[] folders)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i += 4)
                {
                    yield return new LabelledText(string.Join('\n', lines.Skip(i).Take(4)), []);
                }
            }
        }
    }
}
