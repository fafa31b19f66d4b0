using System.Text;

namespace StreamFilter.Core.Metrics.Prometheus;

/// <summary>
/// Turns instrument names, units and tags into valid Prometheus names and text, following the rules
/// of the OpenTelemetry-to-Prometheus translation: invalid characters become '_', the unit becomes a
/// suffix in words (<c>s</c> → <c>_seconds</c>, <c>By</c> → <c>_bytes</c>; annotations like
/// <c>{event}</c> are dropped), counters end in <c>_total</c>.
/// </summary>
internal static class PrometheusNaming
{
    public static string MetricName(string instrumentName, string? unit, bool isCounter)
    {
        string name = Sanitize(instrumentName, allowColon: true);
        string suffix = UnitSuffix(unit);
        if (suffix.Length > 0 && !name.EndsWith("_" + suffix, StringComparison.Ordinal))
        {
            name += "_" + suffix;
        }

        if (isCounter && !name.EndsWith("_total", StringComparison.Ordinal))
        {
            name += "_total";
        }

        return name;
    }

    public static string LabelName(string tagName) => Sanitize(tagName, allowColon: false);

    /// <summary>Label values: backslash, double quote and line feed are escaped (text format 0.0.4).</summary>
    public static void AppendEscapedLabelValue(StringBuilder to, string value)
    {
        foreach (char c in value)
        {
            _ = c switch
            {
                '\\' => to.Append(@"\\"),
                '"' => to.Append("\\\""),
                '\n' => to.Append(@"\n"),
                _ => to.Append(c),
            };
        }
    }

    /// <summary>HELP text: only backslash and line feed are escaped.</summary>
    public static void AppendEscapedHelp(StringBuilder to, string help)
    {
        foreach (char c in help)
        {
            _ = c switch
            {
                '\\' => to.Append(@"\\"),
                '\n' => to.Append(@"\n"),
                _ => to.Append(c),
            };
        }
    }

    /// <summary>The unit in the words Prometheus names use; empty for dimensionless units and annotations.</summary>
    internal static string UnitSuffix(string? unit)
    {
        if (string.IsNullOrEmpty(unit))
        {
            return string.Empty;
        }

        string stripped = StripAnnotations(unit);
        int slash = stripped.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            string numerator = UnitWord(stripped[..slash]);
            string denominator = PerUnitWord(stripped[(slash + 1)..]);
            return numerator.Length == 0 ? (denominator.Length == 0 ? string.Empty : "per_" + denominator)
                : denominator.Length == 0 ? numerator : numerator + "_per_" + denominator;
        }

        return UnitWord(stripped);
    }

    private static string UnitWord(string unit) => unit switch
    {
        "" or "1" => string.Empty,
        "d" => "days",
        "h" => "hours",
        "min" => "minutes",
        "s" => "seconds",
        "ms" => "milliseconds",
        "us" => "microseconds",
        "ns" => "nanoseconds",
        "By" => "bytes",
        "KiBy" => "kibibytes",
        "MiBy" => "mebibytes",
        "GiBy" => "gibibytes",
        "%" => "percent",
        _ => Sanitize(unit, allowColon: false).Trim('_'),
    };

    private static string PerUnitWord(string unit) => unit switch
    {
        "s" => "second",
        "min" => "minute",
        "h" => "hour",
        "d" => "day",
        _ => UnitWord(unit),
    };

    private static string StripAnnotations(string unit)
    {
        if (!unit.Contains('{', StringComparison.Ordinal))
        {
            return unit;
        }

        var kept = new StringBuilder(unit.Length);
        int depth = 0;
        foreach (char c in unit)
        {
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    /// <summary>
    /// Keeps [a-zA-Z0-9_] (and ':' in metric names), replaces everything else with '_', collapses runs of
    /// '_' and prefixes a name that would start with a digit.
    /// </summary>
    private static string Sanitize(string name, bool allowColon)
    {
        var result = new StringBuilder(name.Length + 1);
        foreach (char c in name)
        {
            bool valid = char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':');
            char next = valid ? c : '_';
            if (next == '_' && result.Length > 0 && result[^1] == '_')
            {
                continue;
            }

            result.Append(next);
        }

        if (result.Length == 0 || char.IsAsciiDigit(result[0]))
        {
            result.Insert(0, '_');
        }

        return result.ToString();
    }
}
