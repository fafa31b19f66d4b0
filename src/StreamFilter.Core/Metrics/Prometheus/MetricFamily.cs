using System.Globalization;
using System.Text;

namespace StreamFilter.Core.Metrics.Prometheus;

/// <summary>
/// The aggregated state of one instrument and its text exposition (format 0.0.4): a <c># HELP</c> and a
/// <c># TYPE</c> line, then one sample line per series. Recording is called from any thread, writing
/// only from the collector's scrape lock.
/// </summary>
internal abstract class MetricFamily(string name, string help, string type)
{
    /// <summary>The Prometheus name (for counters including <c>_total</c>).</summary>
    public string Name { get; } = name;

    public abstract void Record(long value, ReadOnlySpan<KeyValuePair<string, object?>> tags);

    public abstract void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags);

    /// <summary>Called before observable instruments are polled; lets observed families start afresh.</summary>
    public virtual void BeginCollect()
    {
    }

    /// <summary>Writes nothing for a family without series: an empty family carries no information.</summary>
    public abstract void Write(StringBuilder to);

    protected void WriteHeader(StringBuilder to)
    {
        to.Append("# HELP ").Append(Name).Append(' ');
        PrometheusNaming.AppendEscapedHelp(to, help);
        to.Append("\n# TYPE ").Append(Name).Append(' ').Append(type).Append('\n');
    }

    protected static void WriteSample(StringBuilder to, string name, string labels, double value)
    {
        to.Append(name);
        if (labels.Length > 0)
        {
            to.Append('{').Append(labels).Append('}');
        }

        to.Append(' ');
        AppendValue(to, value);
        to.Append('\n');
    }

    /// <summary>Shortest round-trip invariant form, with the spellings Prometheus expects for the special values.</summary>
    protected static void AppendValue(StringBuilder to, double value)
    {
        if (double.IsNaN(value))
        {
            to.Append("NaN");
        }
        else if (double.IsPositiveInfinity(value))
        {
            to.Append("+Inf");
        }
        else if (double.IsNegativeInfinity(value))
        {
            to.Append("-Inf");
        }
        else
        {
            to.Append(value.ToString("R", CultureInfo.InvariantCulture));
        }
    }
}
