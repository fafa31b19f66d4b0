using System.Security.Cryptography;
using System.Text;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules.Parsing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StreamFilter.Core.Rules;

/// <summary>
/// Loads a YAML rules file into a validated, compiled <see cref="RuleSet"/>. Every section overlays
/// the code defaults (<see cref="DefaultRules"/>), so an empty file means the defaults. Every problem
/// in the file is collected with its line and rule and thrown together as a
/// <see cref="RulesException"/>; nothing of a file with any error is ever applied.
/// </summary>
public static class RulesLoader
{
    private static readonly string[] Sections =
    [
        "version", "detectors", "entities", "custom", "allow", "exclude", "policy",
        "context_rules", "context_rules_add", "keystrokes", "consent", "limits",
    ];

    /// <exception cref="RulesException">The file is unreadable or invalid.</exception>
    public static RuleSet Load(string path, Pseudonymizer pseudonymizer)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RulesException([new RulesError(path, 0, "", $"cannot read the rules file: {e.Message}")]);
        }
        return ParseFile(text, path, pseudonymizer);
    }

    /// <summary>Parses the already read content of the file at <paramref name="path"/>.</summary>
    internal static RuleSet ParseFile(string text, string path, Pseudonymizer pseudonymizer) =>
        Parse(text, path, Path.GetDirectoryName(Path.GetFullPath(path)), pseudonymizer);

    /// <summary>Parses rules from text; <paramref name="fileName"/> only names the source in errors.
    /// Relative <c>terms_file</c> paths resolve against the current directory.</summary>
    /// <exception cref="RulesException">The text is not a valid rules file.</exception>
    public static RuleSet Parse(string yaml, string fileName, Pseudonymizer pseudonymizer) => Parse(yaml, fileName, null, pseudonymizer);

    /// <summary>The first 12 hex digits of the SHA-256 of the rules text: the version suffix.</summary>
    public static string ContentHash(string yaml) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(yaml)))[..12];

    private static RuleSet Parse(string yaml, string fileName, string? baseDirectory, Pseudonymizer pseudonymizer)
    {
        var context = new RulesParseContext(fileName, baseDirectory);
        var root = ReadRoot(yaml, context);
        var draft = new RuleSetDraft();
        if (root is not null)
        {
            Apply(context, root, draft);
        }
        if (context.Errors.Count > 0)
        {
            // Sections are parsed in dependency order; errors are reported in file order.
            throw new RulesException([.. context.Errors.OrderBy(e => e.Line)]);
        }
        var version = $"{draft.Version ?? "rules"}+{ContentHash(yaml)}";
        return draft.Build(version, baseDirectory is null ? null : fileName, pseudonymizer);
    }

    private static YamlNode? ReadRoot(string yaml, RulesParseContext context)
    {
        var stream = new YamlStream();
        var parser = new PositionTrackingParser(new Parser(new StringReader(yaml)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            // YamlDotNet prefixes its message with the position, which our format already gives.
            var message = e.Message;
            var cut = message.IndexOf("): ", StringComparison.Ordinal);
            context.Error((int)e.Start.Line, "", $"invalid YAML: {(cut >= 0 ? message[(cut + 3)..] : message)}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or FormatException or OverflowException)
        {
            context.Error(parser.LastGoodLine, "", "invalid YAML after this line (an unclosed bracket or quote?)");
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            context.Error(stream.Documents[1].RootNode, "", "a rules file holds one YAML document");
        }
        var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        // An empty file (or one holding only comments) means the defaults.
        return root is YamlScalarNode { Value: null or "" } ? null : root;
    }

    private static void Apply(RulesParseContext context, YamlNode root, RuleSetDraft draft)
    {
        if (context.Open(root, "", Sections) is not { } top)
        {
            return;
        }
        draft.Version = top.String("version");
        // Custom detectors first: `entities:` may set operators for the types they declare.
        Section(top, "custom", n => CustomSection.Parse(context, n, draft));
        Section(top, "detectors", n => DetectorsSection.Parse(context, n, draft));
        Section(top, "entities", n => EntitiesSection.Parse(context, n, draft));
        Section(top, "allow", n => AllowSection.ParseAllow(context, n, draft));
        Section(top, "exclude", n => AllowSection.ParseExclude(context, n, draft));
        Section(top, "policy", n => PolicySection.Parse(context, n, draft));
        Section(top, "context_rules", n => draft.ContextRules = ContextRulesSection.Parse(context, n, "context_rules"));
        Section(top, "context_rules_add", n => draft.ContextRules.AddRange(ContextRulesSection.Parse(context, n, "context_rules_add")));
        Section(top, "keystrokes", n => draft.Keystrokes = OptionsSection.Keystrokes(context, n, draft.Keystrokes));
        Section(top, "consent", n => draft.Consent = OptionsSection.Consent(context, n, draft.Consent));
        Section(top, "limits", n => draft.Limits = OptionsSection.Limits(context, n, draft.Limits));
    }

    private static void Section(FieldReader top, string name, Action<YamlNode> parse)
    {
        // `section:` with nothing after it is an empty section, not an error.
        if (top[name] is { } node && node is not YamlScalarNode { Value: null or "" })
        {
            parse(node);
        }
    }
}
