namespace StreamFilter.Core.Sensitivity.Classification;

/// <summary>
/// Training and held-out examples from several labelled JSONL files. A held-out text that also occurs
/// in training (the SMS corpus repeats "ok", "sorry, I'll call later") is removed from the held-out
/// side, so the score is never credited for remembering a training record.
/// </summary>
public sealed class LabelledDataset
{
    private LabelledDataset(List<TrainingExample> train, List<TrainingExample> heldOut, Dictionary<string, int> skipped, int duplicates)
    {
        Train = train;
        HeldOut = heldOut;
        SkippedLabels = skipped;
        HeldOutDuplicatesRemoved = duplicates;
    }

    public IReadOnlyList<TrainingExample> Train { get; }

    public IReadOnlyList<TrainingExample> HeldOut { get; }

    /// <summary>Labels that are not StreamFilter categories, with how many records carried them.</summary>
    public IReadOnlyDictionary<string, int> SkippedLabels { get; }

    public int HeldOutDuplicatesRemoved { get; }

    public static LabelledDataset Load(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var skipped = new Dictionary<string, int>(StringComparer.Ordinal);
        var train = new List<TrainingExample>();
        var heldOut = new List<TrainingExample>();
        foreach (var path in paths)
        {
            foreach (var record in LabelledTextReader.Read(path, skipped))
            {
                (record.HeldOut ? heldOut : train).Add(new TrainingExample(record.Text, record.Category, record.Source));
            }
        }
        var seen = new HashSet<string>(train.Select(e => Normalize(e.Text)), StringComparer.Ordinal);
        var unique = heldOut.Where(e => !seen.Contains(Normalize(e.Text))).ToList();
        return new LabelledDataset(train, unique, skipped, heldOut.Count - unique.Count);
    }

    private static string Normalize(string text) => string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
