using StreamFilter.Core.Detection;
using StreamFilter.Core.Detection.People;

namespace StreamFilter.Cli.People;

/// <summary>
/// Trains the person token classifier: an averaged perceptron (Collins 2002) over the hashed
/// <see cref="PersonFeatures"/> of every capitalised word the detector would score, labelled by whether
/// a gold PERSON span covers it. Deterministic for a given data order and seed.
/// </summary>
internal static class PersonTrainer
{
    private const double Dropout = 0.3;

    private readonly record struct Example(uint[] Features, bool IsPerson);

    public static PersonModel Train(IEnumerable<LabelledText> data, int epochs, int seed, TextWriter log)
    {
        var examples = new List<Example>();
        Span<NameToken> run = stackalloc NameToken[NameRuns.MaxRun];
        Span<uint> features = stackalloc uint[PersonFeatures.Max];
        foreach (var item in data)
        {
            var text = item.Text.AsSpan();
            var position = 0;
            int count;
            while ((count = NameRuns.Next(text, ref position, run)) > 0)
            {
                var tokens = run[..count];
                var context = RunContext.Of(text, tokens[0].Start, tokens[^1].End);
                for (var j = 0; j < count; j++)
                {
                    if (tokens[j].Kind != NameTokenKind.Capitalised || !PersonDetector.IsScored(tokens[j]))
                    {
                        continue;
                    }
                    var n = PersonFeatures.Extract(text, tokens, j, context, features);
                    var isPerson = false;
                    foreach (var (s, e, label) in item.Spans)
                    {
                        if (label == "PERSON" && s < tokens[j].End && tokens[j].Start < e)
                        {
                            isPerson = true;
                            break;
                        }
                    }
                    examples.Add(new Example(features[..n].ToArray(), isPerson));
                }
            }
        }
        log.WriteLine($"person trainer: {examples.Count} scored words, {examples.Count(e => e.IsPerson)} inside a PERSON span");
        var size = 1 << PersonModel.Bits;
        var w = new float[size];
        var u = new double[size];
        var c = 1L;
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var active = new uint[PersonFeatures.Max];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var k in order)
            {
                var ex = examples[k];
                // Feature dropout: each update sees a random 70% of the features, so no single context
                // word of the training templates can carry a decision the lexicon and shape should share.
                var kept = 0;
                foreach (var f in ex.Features)
                {
                    if (random.NextDouble() >= Dropout)
                    {
                        active[kept++] = f;
                    }
                }
                var margin = 0f;
                for (var a = 0; a < kept; a++)
                {
                    margin += w[active[a] & PersonModel.Mask];
                }
                var y = ex.IsPerson ? 1f : -1f;
                if (y * margin <= 0)
                {
                    mistakes++;
                    for (var a = 0; a < kept; a++)
                    {
                        w[active[a] & PersonModel.Mask] += y;
                        u[active[a] & PersonModel.Mask] += c * y;
                    }
                }
                c++;
            }
            log.WriteLine($"  epoch {epoch + 1}: {mistakes} mistakes ({100.0 * mistakes / Math.Max(1, examples.Count):0.00}%)");
        }
        var averaged = new float[size];
        for (var i = 0; i < size; i++)
        {
            averaged[i] = (float)(w[i] - u[i] / c);
            if (Math.Abs(averaged[i]) < 1e-3f)
            {
                averaged[i] = 0;
            }
        }
        return new PersonModel(averaged);
    }

    /// <summary>Span-level precision and recall of one entity type (overlap match, as `streamfilter eval`).</summary>
    public static (int Tp, int Fp, int Fn) Evaluate(Detector detector, string entity, string label, IEnumerable<LabelledText> data, TextWriter? errors = null, float threshold = 0.5f)
    {
        using var findings = new FindingList();
        int tp = 0, fp = 0, fn = 0;
        foreach (var item in data)
        {
            findings.Clear();
            detector.Scan(item.Text, findings);
            var gold = item.Spans.Where(s => s.Label == label).ToList();
            var matched = new bool[gold.Count];
            foreach (var f in findings.AsSpan())
            {
                if (f.EntityType != entity || f.Score < threshold)
                {
                    continue;
                }
                var hit = -1;
                for (var g = 0; g < gold.Count; g++)
                {
                    if (!matched[g] && gold[g].Start < f.End && f.Start < gold[g].End)
                    {
                        hit = g;
                        break;
                    }
                }
                if (hit >= 0)
                {
                    matched[hit] = true;
                    tp++;
                }
                else
                {
                    fp++;
                    errors?.WriteLine($"FP\t{item.Text[f.Start..f.End]}\t{item.Text.ReplaceLineEndings(" ")}");
                }
            }
            for (var g = 0; g < gold.Count; g++)
            {
                if (!matched[g])
                {
                    fn++;
                    errors?.WriteLine($"FN\t{item.Text[gold[g].Start..gold[g].End]}\t{item.Text.ReplaceLineEndings(" ")}");
                }
            }
        }
        return (tp, fp, fn);
    }
}
