using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Parameters;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace StreamFilter.Benchmarks;

/// <summary>
/// Adds "MB/s" to a summary: the UTF-8 bytes one benchmark operation scans divided by its mean time.
/// Benchmarks declare their bytes per operation through <see cref="IBytesPerOperation"/>.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "UTF-8 megabytes (10^6) scanned per second on one core";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null || Activator.CreateInstance(benchmarkCase.Descriptor.Type) is not IBytesPerOperation source)
        {
            return "-";
        }
        var bytes = source.BytesPerOperation(benchmarkCase.Parameters);
        var seconds = report.ResultStatistics.Mean / 1e9;
        return (bytes / seconds / 1e6).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>Implemented by benchmark classes that scan a known number of bytes per operation.</summary>
public interface IBytesPerOperation
{
    long BytesPerOperation(ParameterInstances parameters);
}
