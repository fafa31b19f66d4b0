using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StreamFilter.Cli.Ndjson;

namespace StreamFilter.Cli.Tests.Ndjson;

public class NdjsonReaderTests
{
    /// <summary>Returns at most <paramref name="chunk"/> bytes per read, so lines straddle pipe segments.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }

    private sealed class Collector : INdjsonLineHandler
    {
        public List<(long Line, string Text)> Lines { get; } = [];

        public List<(long Line, int Prefix, long Total)> TooLong { get; } = [];

        public void OnLine(ReadOnlySpan<byte> line, long lineNumber) => Lines.Add((lineNumber, Encoding.UTF8.GetString(line)));

        public void OnLineTooLong(ReadOnlySpan<byte> prefix, long lineNumber, long totalBytes) => TooLong.Add((lineNumber, prefix.Length, totalBytes));
    }

    private static async Task<(Collector Lines, NdjsonReader Reader)> Read(string text, int chunk, int max = 64)
    {
        var collector = new Collector();
        var reader = new NdjsonReader(max);
        await reader.ReadAsync(new TrickleStream(Encoding.UTF8.GetBytes(text), chunk), collector, CancellationToken.None);
        return (collector, reader);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4096)]
    public async Task Splits_lines_with_lf_crlf_bom_blank_lines_and_no_final_newline(int chunk)
    {
        var (c, reader) = await Read("\uFEFF{\"a\":1}\r\n\n{\"b\":\"é\"}\n   \n{\"c\":3}", chunk);

        Assert.Equal([(1L, "{\"a\":1}"), (3L, "{\"b\":\"é\"}"), (5L, "{\"c\":3}")], c.Lines);
        Assert.Empty(c.TooLong);
        Assert.Equal(2, reader.BlankLines);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task An_over_long_line_is_reported_with_its_length_and_the_next_line_still_read(int chunk)
    {
        var (c, _) = await Read("ok1\n" + new string('x', 500) + "\nok2\n" + new string('y', 65) + "\r\n" + new string('z', 64) + "\r\n" + new string('w', 300), chunk);

        Assert.Equal([(1L, "ok1"), (3L, "ok2"), (5L, new string('z', 64))], c.Lines);
        Assert.Equal([(2L, 64, 500L), (4L, 64, 65L), (6L, 64, 300L)], c.TooLong);
    }

    [Property(MaxTest = 200)]
    public Property Any_lines_in_any_chunking_come_back_in_order()
    {
        var line = Gen.Elements("a", "{\"k\":1}", "xyz", "é東", "0123456789").ListOf().Select(parts => string.Concat(parts));
        var input =
            from lines in Gen.NonEmptyListOf(line)
            from chunk in Gen.Choose(1, 50)
            from ending in Gen.Elements("\n", "\r\n")
            select (lines, chunk, ending);
        return Prop.ForAll(input.ToArbitrary(), t =>
        {
            var (lines, chunk, ending) = t;
            var (c, _) = Read(string.Join(ending, lines) + ending, chunk, max: 1000).GetAwaiter().GetResult();
            var expected = lines.Select((l, i) => (Line: (long)i + 1, Text: l)).Where(x => x.Text.Length > 0).ToList();
            return c.Lines.SequenceEqual(expected);
        });
    }
}
