namespace StreamFilter.Core.Detection.People;

/// <summary>
/// PERSON: names of people in free text ("my manager Dana Whitfield", "Thanks, Priya", "Dr. Okafor",
/// "[00:41:07] Dana:", "@dana"). Candidates are runs of capitalised words (<see cref="NameRuns"/>);
/// each word is scored by the trained token classifier (<see cref="PersonModel"/>) from the name
/// lexicon, its shape and the words around the run, and adjacent words that pass form one finding
/// whose score is the best word's probability. Words that only the word list knows ("The",
/// "Please") are not scored at all, which keeps the detector cheap on ordinary text.
/// </summary>
public sealed class PersonDetector : Detector
{
    /// <summary>Words below this probability never join a name; the entity threshold then judges the finding.</summary>
    private const float MinWordProbability = 0.3f;

    /// <summary>Buckets from which a word the lexicon knows only as a lower-case word is skipped unscored.</summary>
    private const int CommonWordBucket = 7;

    private readonly PersonModel? _model;

    public PersonDetector()
    {
    }

    internal PersonDetector(PersonModel model) => _model = model;

    public override string Id => "person";

    public override IReadOnlyList<string> EntityTypes { get; } = [EntityType.Person];

    public override void Scan(ReadOnlySpan<char> text, FindingList findings)
    {
        var model = _model ?? PersonModel.Default;
        Span<NameToken> run = stackalloc NameToken[NameRuns.MaxRun];
        Span<uint> features = stackalloc uint[PersonFeatures.Max];
        Span<float> p = stackalloc float[NameRuns.MaxRun];
        var position = 0;
        int count;
        while ((count = NameRuns.Next(text, ref position, run)) > 0)
        {
            var tokens = run[..count];
            if (!WorthScoring(tokens))
            {
                continue;
            }
            var context = RunContext.Of(text, tokens[0].Start, tokens[^1].End);
            for (var j = 0; j < count; j++)
            {
                if (tokens[j].Kind != NameTokenKind.Capitalised || !IsScored(tokens[j]))
                {
                    p[j] = -1;
                    continue;
                }
                var n = PersonFeatures.Extract(text, tokens, j, context, features);
                p[j] = PersonModel.Probability(model.Margin(features[..n]));
            }
            EmitSpans(tokens, p[..count], findings);
        }
        MentionScanner.Scan(text, findings);
    }

    /// <summary>False for runs of nothing but initials and common lower-case words ("The", "Please", "A").</summary>
    private static bool WorthScoring(ReadOnlySpan<NameToken> tokens)
    {
        foreach (ref readonly var t in tokens)
        {
            if (t.Kind == NameTokenKind.Capitalised && IsScored(t))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A capitalised word the classifier scores: a name in the lexicon, or a word that is not a common lower-case word.</summary>
    internal static bool IsScored(in NameToken t) => t.Entry.IsName || t.Entry.Word < CommonWordBucket;

    /// <summary>Each maximal stretch of passing words, joined across initials and particles between them.</summary>
    private static void EmitSpans(ReadOnlySpan<NameToken> tokens, ReadOnlySpan<float> p, FindingList findings)
    {
        var j = 0;
        while (j < tokens.Length)
        {
            if (p[j] < MinWordProbability)
            {
                j++;
                continue;
            }
            var first = j;
            // A leading initial belongs to the name it precedes ("J. Smith").
            while (first > 0 && tokens[first - 1].Kind == NameTokenKind.Initial)
            {
                first--;
            }
            var last = j;
            var best = p[j];
            var k = j + 1;
            while (k < tokens.Length)
            {
                if (p[k] >= MinWordProbability)
                {
                    last = k;
                    best = Math.Max(best, p[k]);
                    k++;
                    continue;
                }
                if (tokens[k].Kind == NameTokenKind.Capitalised)
                {
                    break;
                }
                // An initial or particle joins only when a passing word follows it.
                var m = k;
                while (m < tokens.Length && tokens[m].Kind != NameTokenKind.Capitalised)
                {
                    m++;
                }
                if (m < tokens.Length && p[m] >= MinWordProbability)
                {
                    k = m;
                    continue;
                }
                break;
            }
            findings.Add(EntityType.Person, tokens[first].Start, tokens[last].End, best);
            j = last + 1;
        }
    }
}
