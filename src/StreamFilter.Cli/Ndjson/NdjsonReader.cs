using System.Buffers;
using System.IO.Pipelines;

namespace StreamFilter.Cli.Ndjson;

/// <summary>
/// Splits a stream into NDJSON lines with System.IO.Pipelines in constant memory: at most about one
/// line (up to the limit) is buffered at a time, whatever the size of the input. Handles CRLF, a last
/// line without a newline, a UTF-8 byte order mark, and blank lines (skipped: they hold no event).
/// A line over the limit is consumed up to its newline while buffering only its first bytes.
/// </summary>
internal sealed class NdjsonReader(int maxLineBytes)
{
    private const int ReadSize = 64 * 1024;

    public long BytesRead { get; private set; }

    public long BlankLines { get; private set; }

    public async Task ReadAsync(Stream stream, INdjsonLineHandler handler, CancellationToken cancellationToken)
    {
        var reader = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: ReadSize, minimumReadSize: ReadSize / 4, leaveOpen: true));
        // One contiguous buffer for lines that straddle pipe segments, and for an over-long line's prefix.
        var scratch = ArrayPool<byte>.Shared.Rent(maxLineBytes + 1);
        var state = new State();
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                var buffer = result.Buffer;
                var consumed = Split(ref buffer, handler, scratch, state);
                BytesRead += consumed;
                if (result.IsCompleted)
                {
                    Finish(buffer, handler, scratch, state);
                    BytesRead += buffer.Length;
                    reader.AdvanceTo(buffer.End);
                    return;
                }
                // Everything left is an incomplete line: keep it, and wait for more data before looking again.
                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    /// <summary>Progress through the stream that outlives one read.</summary>
    private sealed class State
    {
        public long LineNumber;
        public bool Skipping;
        public long SkippedBytes;
        public int PrefixLength;

        /// <summary>The last skipped byte was '\r': it belongs to a CRLF ending, not to the line's length.</summary>
        public bool SkippedCr;
    }

    /// <summary>Emits every complete line in <paramref name="buffer"/>, slices them off, returns bytes consumed.</summary>
    private long Split(ref ReadOnlySequence<byte> buffer, INdjsonLineHandler handler, byte[] scratch, State state)
    {
        var before = buffer.Length;
        while (true)
        {
            var newline = buffer.PositionOf((byte)'\n');
            if (state.Skipping)
            {
                if (newline is null)
                {
                    Skip(buffer, state);
                    buffer = buffer.Slice(buffer.End);
                    break;
                }
                Skip(buffer.Slice(0, newline.Value), state);
                EndSkip(handler, scratch, state);
                buffer = buffer.Slice(buffer.GetPosition(1, newline.Value));
                continue;
            }
            if (newline is null)
            {
                // +1: the line may still end in "\r\n", whose '\r' does not count against the limit.
                if (buffer.Length > maxLineBytes + 1)
                {
                    state.LineNumber++;
                    buffer.Slice(0, maxLineBytes).CopyTo(scratch);
                    state.PrefixLength = maxLineBytes;
                    state.Skipping = true;
                    Skip(buffer, state);
                    buffer = buffer.Slice(buffer.End);
                }
                break;
            }
            state.LineNumber++;
            Emit(buffer.Slice(0, newline.Value), handler, scratch, state.LineNumber);
            buffer = buffer.Slice(buffer.GetPosition(1, newline.Value));
        }
        return before - buffer.Length;
    }

    private void Finish(ReadOnlySequence<byte> rest, INdjsonLineHandler handler, byte[] scratch, State state)
    {
        if (state.Skipping)
        {
            Skip(rest, state);
            EndSkip(handler, scratch, state);
        }
        else if (!rest.IsEmpty)
        {
            state.LineNumber++;
            Emit(rest, handler, scratch, state.LineNumber);
        }
    }

    private static void Skip(ReadOnlySequence<byte> part, State state)
    {
        if (!part.IsEmpty)
        {
            state.SkippedBytes += part.Length;
            state.SkippedCr = EndsWithCr(part);
        }
    }

    private static void EndSkip(INdjsonLineHandler handler, byte[] scratch, State state)
    {
        var length = state.SkippedBytes - (state.SkippedCr ? 1 : 0);
        handler.OnLineTooLong(scratch.AsSpan(0, state.PrefixLength), state.LineNumber, length);
        state.Skipping = false;
        state.SkippedBytes = 0;
        state.PrefixLength = 0;
        state.SkippedCr = false;
    }

    private static bool EndsWithCr(ReadOnlySequence<byte> part) => part.Slice(part.Length - 1).FirstSpan[0] == (byte)'\r';

    private void Emit(ReadOnlySequence<byte> line, INdjsonLineHandler handler, byte[] scratch, long lineNumber)
    {
        if (line.Length > maxLineBytes + 1)
        {
            line.Slice(0, maxLineBytes).CopyTo(scratch);
            handler.OnLineTooLong(scratch.AsSpan(0, maxLineBytes), lineNumber, line.Length - (EndsWithCr(line) ? 1 : 0));
            return;
        }
        ReadOnlySpan<byte> span;
        if (line.IsSingleSegment)
        {
            span = line.FirstSpan;
        }
        else
        {
            line.CopyTo(scratch);
            span = scratch.AsSpan(0, (int)line.Length);
        }
        if (span.EndsWith((byte)'\r'))
        {
            span = span[..^1];
        }
        if (lineNumber == 1 && span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }
        if (span.Length > maxLineBytes)
        {
            handler.OnLineTooLong(span[..maxLineBytes], lineNumber, span.Length);
            return;
        }
        if (span.IsEmpty || span.IndexOfAnyExcept(" \t"u8) < 0)
        {
            BlankLines++;
            return;
        }
        handler.OnLine(span, lineNumber);
    }
}
