using FsCheck.Xunit;
using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Tests.Rules;

/// <summary>Whatever text a rules file holds, loading it either succeeds or throws a RulesException.</summary>
public class RulesLoaderRobustnessTests
{
    private static readonly string[] Fragments =
    [
        "detectors:", "  us_ssn:", "    threshold: 0.5", "custom:", "  - name: a", "    type: regex", "    pattern: '(a",
        "entities: {", "US_SSN: [", "policy:", "  levels: {3: drop", "'", "\"", "&a", "*a", "!!int x", "? x", "- ", ": ", "{", "}", "[", "]",
        "\t", "---", "...", "%YAML 1.2", "#",
    ];

    [Property(MaxTest = 1000)]
    public bool Arbitrary_text_never_escapes_as_another_exception(string[] pieces, int[] picks)
    {
        var lines = new List<string>();
        for (var i = 0; i < Math.Max(pieces?.Length ?? 0, picks?.Length ?? 0); i++)
        {
            if (i < (pieces?.Length ?? 0))
            {
                lines.Add(pieces![i] ?? "");
            }
            if (i < (picks?.Length ?? 0))
            {
                lines.Add(Fragments[(int)((uint)picks![i] % (uint)Fragments.Length)]);
            }
        }
        try
        {
            RulesTestKit.Parse(string.Join('\n', lines));
            return true;
        }
        catch (RulesException e)
        {
            return e.Errors.Count > 0 && e.Errors.All(x => x.File == "rules.yaml");
        }
    }
}
