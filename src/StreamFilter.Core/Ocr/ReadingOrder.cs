using StreamFilter.Core.Events;

namespace StreamFilter.Core.Ocr;

/// <summary>
/// Orders blocks the way a person reads them, whatever order OCR listed them in: lines top to bottom,
/// blocks left to right within a line. A block joins a line when its vertical centre lies within half
/// the smaller height of the line's centre (the mean of its blocks' centres so far), so slightly
/// misaligned boxes of one line, and a tall value next to a short label, still join.
/// </summary>
internal static class ReadingOrder
{
    public static int[] Of(IReadOnlyList<OcrBlock> blocks) => Of(blocks, out _);

    /// <param name="lineOf">For each block (by input index), the index of its line, top line 0.</param>
    public static int[] Of(IReadOnlyList<OcrBlock> blocks, out int[] lineOf)
    {
        var order = new int[blocks.Count];
        lineOf = new int[blocks.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        // Vertical centre first, so line grouping below walks the blocks downwards.
        Array.Sort(order, (a, b) => Centre(blocks[a].Box) != Centre(blocks[b].Box) ? Centre(blocks[a].Box).CompareTo(Centre(blocks[b].Box)) : a.CompareTo(b));
        var lineStart = 0;
        var line = 0;
        while (lineStart < order.Length)
        {
            var first = blocks[order[lineStart]].Box;
            var centreSum = Centre(first);
            var minHeight = first.Height;
            var lineEnd = lineStart + 1;
            while (lineEnd < order.Length)
            {
                var next = blocks[order[lineEnd]].Box;
                var centre = centreSum / (lineEnd - lineStart);
                if (Math.Abs(Centre(next) - centre) > Math.Min(minHeight, next.Height) / 2)
                {
                    break;
                }
                centreSum += Centre(next);
                minHeight = Math.Min(minHeight, next.Height);
                lineEnd++;
            }
            Array.Sort(order, lineStart, lineEnd - lineStart,
                Comparer<int>.Create((a, b) => blocks[a].Box.X != blocks[b].Box.X ? blocks[a].Box.X.CompareTo(blocks[b].Box.X) : a.CompareTo(b)));
            for (var i = lineStart; i < lineEnd; i++)
            {
                lineOf[order[i]] = line;
            }
            line++;
            lineStart = lineEnd;
        }
        return order;
    }

    private static double Centre(BoundingBox box) => box.Y + box.Height / 2;
}
