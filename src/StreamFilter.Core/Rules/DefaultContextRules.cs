using StreamFilter.Core.Rules.Parsing;
using YamlDotNet.RepresentationModel;

namespace StreamFilter.Core.Rules;

/// <summary>
/// The shipped list of sensitive apps and sites, in force when no rules file is given: the
/// <c>context_rules:</c> section of topologies/rules.default.yaml (embedded), read once. The list is
/// data a privacy team edits there; no copy of it lives in code.
/// </summary>
public static class DefaultContextRules
{
    private static readonly Lazy<IReadOnlyList<ContextRule>> Parsed = new(Parse);

    public static IReadOnlyList<ContextRule> All => Parsed.Value;

    private static IReadOnlyList<ContextRule> Parse()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(DefaultRulesFile.Text));
        var top = (YamlMappingNode)stream.Documents[0].RootNode;
        var context = new RulesParseContext(DefaultRulesFile.FileName, null);
        var rules = ContextRulesSection.Parse(context, top[new YamlScalarNode("context_rules")], "context_rules");
        if (context.Errors.Count > 0)
        {
            // A build-time mistake in the shipped file; the default-rules tests catch it first.
            throw new RulesException([.. context.Errors]);
        }
        return rules;
    }
}
