using System.Globalization;
using StreamFilter.Cli.Ndjson;
using StreamFilter.Core.Pipeline;

namespace StreamFilter.Cli.Filtering;

/// <summary>Feeds each NDJSON line to the processor, positioned by source name and line number.</summary>
internal sealed class FilterLineHandler(EventProcessor processor, NdjsonFileSink sink, string sourceName, int maxLineBytes,
    ProgressReporter progress, Func<long> bytesRead) : INdjsonLineHandler
{
    public void OnLine(ReadOnlySpan<byte> line, long lineNumber)
    {
        processor.Process(line, new SourcePosition(sourceName, lineNumber), sink);
        progress.Tick(sink.Counts, bytesRead());
    }

    public void OnLineTooLong(ReadOnlySpan<byte> prefix, long lineNumber, long totalBytes)
    {
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"line too long: {totalBytes} bytes, over the limit of {maxLineBytes} (first {prefix.Length} bytes kept)");
        processor.Reject(prefix, reason, new SourcePosition(sourceName, lineNumber), sink);
        progress.Tick(sink.Counts, bytesRead());
    }
}
