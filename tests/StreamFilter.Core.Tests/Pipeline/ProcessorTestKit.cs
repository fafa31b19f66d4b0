using System.Text;
using StreamFilter.Core.Detection;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Tests.Pipeline;

/// <summary>Builds processors over the default rules with a fixed test key and runs single lines.</summary>
internal static class ProcessorTestKit
{
    public static readonly Pseudonymizer Pseudonymizer = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    public static RuleSet DefaultRules() => Core.Rules.DefaultRules.Create(Pseudonymizer);

    public static RuleSet RulesWith(params Detector[] detectors) => new()
    {
        Version = "test-1",
        Engine = new DetectorEngine(detectors),
        Redactor = new Redactor(Core.Rules.DefaultRules.Operators, RedactionOperator.Tag, Pseudonymizer),
    };

    public static RecordingSink Run(string line, RuleSet? rules = null, ISensitivityAssessor? assessor = null)
    {
        using var processor = new EventProcessor(rules ?? DefaultRules(), assessor);
        var sink = new RecordingSink();
        processor.Process(Encoding.UTF8.GetBytes(line), new SourcePosition("test.ndjson", 7), sink);
        return sink;
    }
}
