using System.Text;
using StreamFilter.Core.Detection;
using StreamFilter.Core.Events;
using StreamFilter.Core.Redaction;

namespace StreamFilter.Core.Ocr;

/// <summary>
/// Finds values in a screen frame even when OCR split them over blocks ("SSN" | "536-22-4871", a card
/// wrapped over two lines, an IBAN cut mid-group, blocks listed out of reading order): blocks are put
/// in reading order (<see cref="ReadingOrder"/>), joined with one space between them and scanned once;
/// then each pair of neighbouring blocks (<see cref="OcrNeighbours"/>) is scanned joined without a
/// separator, and below one another, so a value cut at any character, or wrapped within its column,
/// is found too. Every finding is mapped back to the blocks and character offsets it came from.
/// </summary>
/// <remarks>
/// A value inside one block gets its entity's operator; a part of a split value is replaced by the type
/// tag, because operators that keep part of a value (mask keeps the last digits) would reveal more
/// when applied to each part. A DropField operator removes the block's text (null). Parts found by
/// several scans are merged per block, so every character of a value is covered once.
/// Thread-safe if the engine and redactor are (they are).
/// </remarks>
public sealed class OcrFrameScanner(DetectorEngine engine, Redactor redactor)
{
    private const char Separator = ' ';

    /// <summary>How much of each block a pair scan reads on either side of the junction: context words and the longest values fit.</summary>
    private const int PairReach = 64;

    public OcrScanResult Scan(IReadOnlyList<OcrBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var order = ReadingOrder.Of(blocks, out var lineOf);
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
        if (blocks.Count > 1)
        {
            ScanNeighbours(blocks, order, lineOf, found, parts);
        }
        var merged = Merge(parts);
        return new OcrScanResult(Redact(blocks, merged), merged, Boxes(blocks, merged));
    }

    /// <summary>Values across a junction of two neighbouring blocks that the reading-order join missed.</summary>
    private void ScanNeighbours(IReadOnlyList<OcrBlock> blocks, int[] order, int[] lineOf, FindingList found, List<OcrFinding> parts)
    {
        foreach (var pair in OcrNeighbours.Of(blocks, order, lineOf))
        {
            var first = blocks[pair.First].Text;
            var second = blocks[pair.Second].Text;
            if (first.Length == 0 || second.Length == 0)
            {
                continue;
            }
            var from = Math.Max(0, first.Length - PairReach);
            var head = Math.Min(second.Length, PairReach);
            var text = string.Concat(first.AsSpan(from), pair.Separator, second.AsSpan(0, head));
            var junction = first.Length - from;
            var secondStart = junction + pair.Separator.Length;
            found.Clear();
            engine.Scan(text, found);
            foreach (var f in found.AsSpan())
            {
                if (f.Start >= junction || f.End <= secondStart)
                {
                    continue; // inside one block: the main scan judged it with its full context
                }
                parts.Add(new OcrFinding(pair.First, f.EntityType, from + f.Start, first.Length, f.Score, Split: true));
                parts.Add(new OcrFinding(pair.Second, f.EntityType, 0, f.End - secondStart, f.Score, Split: true));
            }
        }
    }

    /// <summary>Overlapping parts of one block (found by several scans) become one; split wins, so the tag is used.</summary>
    private static List<OcrFinding> Merge(List<OcrFinding> parts)
    {
        if (parts.Count < 2)
        {
            return parts;
        }
        parts.Sort((x, y) => x.BlockIndex != y.BlockIndex ? x.BlockIndex.CompareTo(y.BlockIndex) : x.Start.CompareTo(y.Start));
        var merged = new List<OcrFinding>(parts.Count) { parts[0] };
        for (var i = 1; i < parts.Count; i++)
        {
            var last = merged[^1];
            var p = parts[i];
            if (p.BlockIndex == last.BlockIndex && p.Start < last.End)
            {
                merged[^1] = last with { End = Math.Max(last.End, p.End), Score = Math.Max(last.Score, p.Score), Split = last.Split || p.Split };
            }
            else
            {
                merged.Add(p);
            }
        }
        return merged;
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
        // Merged: per block, parts are ordered by start and do not overlap.
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

    /// <summary>
    /// Proportional estimate: each character gets width / length of the block's box, and the box
    /// reaches one character further on each side (within the block), since glyphs are not equally
    /// wide and a narrow estimate would leave an edge of the value readable.
    /// </summary>
    internal static BlurBox BoxOf(OcrBlock block, in OcrFinding part)
    {
        var box = block.Box;
        var charWidth = block.Text.Length == 0 ? 0 : box.Width / block.Text.Length;
        var left = (int)Math.Floor(Math.Max(box.X, box.X + (part.Start - 1) * charWidth));
        var right = (int)Math.Ceiling(Math.Min(box.X + box.Width, box.X + (part.End + 1) * charWidth));
        var top = (int)Math.Floor(box.Y);
        var bottom = (int)Math.Ceiling(box.Y + box.Height);
        return new BlurBox(part.BlockIndex, left, top, right - left, bottom - top, part.EntityType);
    }
}
