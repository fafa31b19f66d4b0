namespace StreamFilter.Cli.Ndjson;

/// <summary>Receives the lines of an NDJSON stream, in order, on the reading thread.</summary>
internal interface INdjsonLineHandler
{
    /// <summary>A complete line without its line ending; only valid during the call.</summary>
    void OnLine(ReadOnlySpan<byte> line, long lineNumber);

    /// <summary>
    /// A line longer than the limit. Only its first <paramref name="prefix"/> bytes were kept; the rest
    /// was read and discarded without buffering it.
    /// </summary>
    void OnLineTooLong(ReadOnlySpan<byte> prefix, long lineNumber, long totalBytes);
}
