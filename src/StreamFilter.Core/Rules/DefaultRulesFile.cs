namespace StreamFilter.Core.Rules;

/// <summary>
/// topologies/rules.default.yaml, embedded in the library so the documented defaults are always at
/// hand (`streamfilter rules defaults`) and cannot drift from the code: a test parses this text and
/// compares the result with <see cref="DefaultRules"/>.
/// </summary>
public static class DefaultRulesFile
{
    public const string FileName = "rules.default.yaml";

    public static string Text { get; } = Read();

    private static string Read()
    {
        using var stream = typeof(DefaultRulesFile).Assembly.GetManifestResourceStream("StreamFilter.Core.Rules.rules.default.yaml")
            ?? throw new InvalidOperationException("The default rules file is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
