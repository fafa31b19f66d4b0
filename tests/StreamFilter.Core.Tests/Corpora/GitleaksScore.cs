using System.Globalization;
using System.Text;
using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Corpora;

/// <summary>
/// Scores the default engine on gitleaks' rule cases, per rule family. Recall: a `detect` case counts
/// when a finding overlaps its secret span (or, with no span given, when there is any finding).
/// False positives: a `no_detect` case is negative only for its own rule, so it counts as a false
/// positive only when a finding of the family's own entity types appears. The stricter "any
/// finding" rate over no_detect cases is reported too.
/// </summary>
internal sealed class GitleaksScore
{
    public sealed class Family(string name)
    {
        public string Name { get; } = name;
        public int Detect { get; set; }
        public int Found { get; set; }
        public int NoDetect { get; set; }
        public int FalsePositives { get; set; }
        public int AnyFinding { get; set; }
        public List<int> MissedLines { get; } = [];
        public List<int> FalsePositiveLines { get; } = [];
        public double Recall => Detect == 0 ? double.NaN : (double)Found / Detect;
        public double FalsePositiveRate => NoDetect == 0 ? double.NaN : (double)FalsePositives / NoDetect;
    }

    public SortedDictionary<string, Family> Families { get; } = new(StringComparer.Ordinal);

    public Family Total { get; } = new("all");

    public static GitleaksScore Run(IReadOnlyList<GitleaksCase> cases)
    {
        var engine = DetectorCatalog.CreateDefaultEngine();
        var score = new GitleaksScore();
        using var findings = new FindingList();
        foreach (var c in cases)
        {
            var (name, own) = FamilyOf(c.RuleId);
            if (!score.Families.TryGetValue(name, out var family))
            {
                score.Families[name] = family = new Family(name);
            }
            engine.Scan(c.Text, findings);
            var all = findings.AsSpan();
            foreach (var f in new[] { family, score.Total })
            {
                if (c.Detect)
                {
                    f.Detect++;
                    if (Covers(all, c.Spans))
                    {
                        f.Found++;
                    }
                    else
                    {
                        f.MissedLines.Add(c.Line);
                    }
                }
                else
                {
                    f.NoDetect++;
                    f.AnyFinding += all.IsEmpty ? 0 : 1;
                    if (HasType(all, own))
                    {
                        f.FalsePositives++;
                        f.FalsePositiveLines.Add(c.Line);
                    }
                }
            }
        }
        return score;
    }

    /// <summary>The family a gitleaks rule belongs to and the entity types that answer for it.</summary>
    internal static (string Name, string[] OwnTypes) FamilyOf(string ruleId) => ruleId switch
    {
        "aws-access-token" => ("aws-access-token", [EntityType.AwsAccessKey, EntityType.AwsSecretKey]),
        _ when ruleId.StartsWith("github-", StringComparison.Ordinal) => ("github", [EntityType.GitHubToken]),
        _ when ruleId.StartsWith("gitlab-", StringComparison.Ordinal) => ("gitlab", [EntityType.GitLabToken]),
        _ when ruleId.StartsWith("slack-", StringComparison.Ordinal) => ("slack", [EntityType.SlackToken]),
        _ when ruleId.StartsWith("stripe-", StringComparison.Ordinal) => ("stripe", [EntityType.StripeKey]),
        "gcp-api-key" => ("gcp-api-key", [EntityType.GoogleApiKey]),
        "jwt" or "jwt-base64" => ("jwt", [EntityType.Jwt]),
        "private-key" => ("private-key", [EntityType.PrivateKey]),
        "generic-api-key" => ("generic-api-key", [EntityType.GenericSecret, EntityType.Password]),
        "curl-auth-user" or "curl-auth-header" or "sidekiq-sensitive-url" =>
            ("auth-in-commands-and-urls", [EntityType.Password, EntityType.GenericSecret, EntityType.UrlCredentials]),
        _ => ("other-vendors", [EntityType.GenericSecret]),
    };

    private static bool Covers(ReadOnlySpan<Finding> findings, (int Start, int End)[] spans)
    {
        if (spans.Length == 0)
        {
            return !findings.IsEmpty;
        }
        foreach (var f in findings)
        {
            foreach (var (start, end) in spans)
            {
                if (f.Start < end && start < f.End)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool HasType(ReadOnlySpan<Finding> findings, string[] types)
    {
        foreach (var f in findings)
        {
            if (Array.IndexOf(types, f.EntityType) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A Markdown table of counts and rates; never any text from the corpus.</summary>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| rule family | detect cases | found | recall | no_detect cases | own-type false positives | FP rate | any finding on no_detect |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var f in Families.Values.Append(Total))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {f.Name} | {f.Detect} | {f.Found} | {Pct(f.Recall)} | {f.NoDetect} | {f.FalsePositives} | {Pct(f.FalsePositiveRate)} | {f.AnyFinding} |");
        }
        return sb.ToString();
    }

    private static string Pct(double rate) => double.IsNaN(rate) ? "-" : rate.ToString("P1", CultureInfo.InvariantCulture);
}
