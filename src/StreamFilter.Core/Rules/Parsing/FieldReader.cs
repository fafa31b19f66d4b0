using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace StreamFilter.Core.Rules.Parsing;

/// <summary>
/// Typed access to one mapping of a rules file. Unknown keys are reported when it is opened (a typo
/// such as <c>treshold</c> must not silently fall back to a default); every accessor reports a wrong
/// type or range with the value's own line and returns null so the caller keeps its default.
/// </summary>
internal sealed class FieldReader
{
    private readonly RulesParseContext _context;
    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);

    public FieldReader(RulesParseContext context, YamlMappingNode map, string rule, IReadOnlyCollection<string> allowedKeys)
    {
        _context = context;
        Node = map;
        Rule = rule;
        foreach (var (keyNode, value) in map.Children)
        {
            var key = context.Scalar(keyNode, rule, "key");
            if (key is null)
            {
                continue;
            }
            if (!allowedKeys.Contains(key))
            {
                context.Error(keyNode, rule, $"unknown key '{key}' (expected one of: {string.Join(", ", allowedKeys)})");
                continue;
            }
            _values[key] = value;
        }
    }

    public YamlMappingNode Node { get; }

    public string Rule { get; }

    public YamlNode? this[string key] => _values.GetValueOrDefault(key);

    public bool Has(string key) => _values.ContainsKey(key);

    public string? String(string key, bool required = false)
    {
        if (!_values.TryGetValue(key, out var node))
        {
            if (required)
            {
                _context.Error(Node, Rule, $"missing required field '{key}'");
            }
            return null;
        }
        var value = _context.Scalar(node, Rule, key);
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            _context.Error(node, Rule, $"{key}: must not be empty");
            return null;
        }
        return value?.Trim();
    }

    public double? Number(string key, double min, double max)
    {
        if (!_values.TryGetValue(key, out var node) || _context.Scalar(node, Rule, key) is not { } text)
        {
            return null;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            _context.Error(node, Rule, $"{key}: expected a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }
        return value;
    }

    public int? Int(string key, int min, int max)
    {
        if (!_values.TryGetValue(key, out var node) || _context.Scalar(node, Rule, key) is not { } text)
        {
            return null;
        }
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            _context.Error(node, Rule, $"{key}: expected a whole number from {min} to {max}");
            return null;
        }
        return value;
    }

    public bool? Bool(string key)
    {
        if (!_values.TryGetValue(key, out var node) || _context.Scalar(node, Rule, key) is not { } text)
        {
            return null;
        }
        if (bool.TryParse(text, out var value))
        {
            return value;
        }
        _context.Error(node, Rule, $"{key}: expected true or false");
        return null;
    }

    public List<string>? Strings(string key) =>
        _values.TryGetValue(key, out var node) ? _context.Strings(node, Rule, key) : null;

    /// <summary>A duration written as <c>500ms</c>, <c>2s</c> or <c>1m</c> (a bare number is seconds).</summary>
    public TimeSpan? Duration(string key, TimeSpan min, TimeSpan max)
    {
        if (!_values.TryGetValue(key, out var node) || _context.Scalar(node, Rule, key) is not { } text)
        {
            return null;
        }
        var (digits, unit) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 0.001)
            : text.EndsWith('s') ? (text[..^1], 1.0)
            : text.EndsWith('m') ? (text[..^1], 60.0)
            : (text, 1.0);
        if (double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
            && TimeSpan.FromSeconds(amount * unit) is var value && value >= min && value <= max)
        {
            return value;
        }
        _context.Error(node, Rule, $"{key}: expected a duration like 500ms, 2s or 1m, from {min} to {max}");
        return null;
    }
}
