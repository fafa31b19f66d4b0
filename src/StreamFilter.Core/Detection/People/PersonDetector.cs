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

    /// <summary>A given name at least this common joins the passing word after it.</summary>
    private const int JoiningGivenBucket = 8;

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
            EmitSpans(text, tokens, p[..count], findings);
        }
        MentionScanner.Scan(text, findings);
    }

    /// <summary>
    /// The start of a common given name that the run finder set aside as a word ("Will", "May")
    /// when it stands right before a name: "Will Turner", "May Chen"; else <paramref name="start"/>.
    /// </summary>
    private static int GivenNameBefore(ReadOnlySpan<char> text, int start)
    {
        if (start < 3 || text[start - 1] != ' ' || !WordReader.IsLetter(text[start - 2]))
        {
            return start;
        }
        var s = WordReader.Start(text, start - 1);
        return WordReader.IsUpper(text[s]) && (s == 0 || !char.IsLetterOrDigit(text[s - 1])) && NameLexicon.Lookup(text[s..(start - 1)]).Given >= JoiningGivenBucket ? s : start;
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

    internal static bool IsScored(in NameToken t) => NameRuns.IsNameCandidate(t);

    /// <summary>Each maximal stretch of passing words, joined across initials and particles between them.</summary>
    private static void EmitSpans(ReadOnlySpan<char> text, ReadOnlySpan<NameToken> tokens, ReadOnlySpan<float> p, FindingList findings)
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
            // A leading initial belongs to the name it precedes ("J. Smith"), and so does a common given
            // name that is also a word or a brand when a passing surname follows it ("Chase Miller").
            while (first > 0 && (tokens[first - 1].Kind == NameTokenKind.Initial
                || (first == j && tokens[first - 1].Kind == NameTokenKind.Capitalised && tokens[first - 1].Entry.Given >= JoiningGivenBucket)))
            {
                first--;
            }
            var start = first == 0 ? GivenNameBefore(text, tokens[0].Start) : tokens[first].Start;
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
            findings.Add(EntityType.Person, start, tokens[last].End, best);
            j = last + 1;
        }
    }
}
