using System.Text;
using StreamFilter.Core.Detection;
using StreamFilter.Core.Events;
using StreamFilter.Core.Redaction;

namespace StreamFilter.Core.Ocr;

/// <summary>
/// Finds values in a screen frame even when OCR split them over blocks ("SSN" | "536-22-4871", a card
/// wrapped over two lines): blocks are joined in reading order with one space between them, scanned
/// once, and every finding is mapped back to the blocks and character offsets it came from.
/// </summary>
/// <remarks>
/// A value inside one block gets its entity's operator; a part of a split value is replaced by the type
/// tag, because operators that keep part of a value (mask keeps the last digits) would reveal more
/// when applied to each part. A DropField operator removes the block's text (null).
/// Thread-safe if the engine and redactor are (they are).
/// </remarks>
public sealed class OcrFrameScanner(DetectorEngine engine, Redactor redactor)
{
    private const char Separator = ' ';

    public OcrScanResult Scan(IReadOnlyList<OcrBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var order = ReadingOrder.Of(blocks);
        var starts = new int[blocks.Count];
        var joined = new StringBuilder();
        foreach (var b in order)
        {
            if (joined.Length > 0)
            {
                joined.Append(Separator);
            }
            starts[b] = joined.Length;
            joined.Append(blocks[b].Text);
        }
        var text = joined.ToString();
        using var found = new FindingList();
        engine.Scan(text, found);
        var parts = new List<OcrFinding>();
        foreach (var f in found.AsSpan())
        {
            MapToBlocks(f, blocks, order, starts, parts);
        }
        return new OcrScanResult(Redact(blocks, parts), parts, Boxes(blocks, parts));
    }

    private static void MapToBlocks(in Finding f, IReadOnlyList<OcrBlock> blocks, int[] order, int[] starts, List<OcrFinding> parts)
    {
        var first = parts.Count;
        foreach (var b in order)
        {
            var from = Math.Max(f.Start, starts[b]);
            var to = Math.Min(f.End, starts[b] + blocks[b].Text.Length);
            if (from < to)
            {
                parts.Add(new OcrFinding(b, f.EntityType, from - starts[b], to - starts[b], f.Score, Split: false));
            }
        }
        if (parts.Count - first > 1)
        {
            for (var i = first; i < parts.Count; i++)
            {
                parts[i] = parts[i] with { Split = true };
            }
        }
    }

    private string?[] Redact(IReadOnlyList<OcrBlock> blocks, List<OcrFinding> parts)
    {
        var texts = new string?[blocks.Count];
        for (var b = 0; b < blocks.Count; b++)
        {
            texts[b] = blocks[b].Text;
        }
        if (parts.Count == 0)
        {
            return texts;
        }
        // Findings never overlap, so per block they are ordered by start once sorted.
        parts.Sort((x, y) => x.BlockIndex != y.BlockIndex ? x.BlockIndex.CompareTo(y.BlockIndex) : x.Start.CompareTo(y.Start));
        var i = 0;
        while (i < parts.Count)
        {
            var block = parts[i].BlockIndex;
            var source = blocks[block].Text;
            var sb = new StringBuilder(source.Length + 16);
            var cursor = 0;
            var dropped = false;
            for (; i < parts.Count && parts[i].BlockIndex == block; i++)
            {
                var p = parts[i];
                sb.Append(source, cursor, p.Start - cursor);
                var replacement = p.Split
                    ? $"[{p.EntityType}]"
                    : redactor.Redact(source.AsSpan(p.Start, p.End - p.Start), [new Finding(p.EntityType, 0, p.End - p.Start, p.Score)]);
                dropped |= replacement is null;
                sb.Append(replacement);
                cursor = p.End;
            }
            sb.Append(source, cursor, source.Length - cursor);
            texts[block] = dropped ? null : sb.ToString();
        }
        return texts;
    }

    private static BlurBox[] Boxes(IReadOnlyList<OcrBlock> blocks, List<OcrFinding> parts)
    {
        var boxes = new BlurBox[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            boxes[i] = BoxOf(blocks[parts[i].BlockIndex], parts[i]);
        }
        return boxes;
    }

    /// <summary>Proportional estimate: each character gets width / length of the block's box.</summary>
    internal static BlurBox BoxOf(OcrBlock block, in OcrFinding part)
    {
        var box = block.Box;
        var charWidth = block.Text.Length == 0 ? 0 : box.Width / block.Text.Length;
        var left = (int)Math.Floor(box.X + part.Start * charWidth);
        var right = (int)Math.Ceiling(box.X + part.End * charWidth);
        var top = (int)Math.Floor(box.Y);
        var bottom = (int)Math.Ceiling(box.Y + box.Height);
        return new BlurBox(part.BlockIndex, left, top, right - left, bottom - top, part.EntityType);
    }
}
