using StreamFilter.Core.Events;

namespace StreamFilter.Core.Ocr;

/// <summary>
/// Orders blocks the way a person reads them: lines top to bottom, blocks left to right within a
/// line. Blocks belong to the same line when their vertical centres are closer than half the
/// smaller block's height, so slightly misaligned OCR boxes of one line still join.
/// </summary>
internal static class ReadingOrder
{
    public static int[] Of(IReadOnlyList<OcrBlock> blocks)
    {
        var order = new int[blocks.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        // Top edge first, so line grouping below walks the blocks downwards.
        Array.Sort(order, (a, b) => blocks[a].Box.Y != blocks[b].Box.Y ? blocks[a].Box.Y.CompareTo(blocks[b].Box.Y) : a.CompareTo(b));
        var lineStart = 0;
        while (lineStart < order.Length)
        {
            var first = blocks[order[lineStart]].Box;
            var lineEnd = lineStart + 1;
            while (lineEnd < order.Length && SameLine(first, blocks[order[lineEnd]].Box))
            {
                lineEnd++;
            }
            Array.Sort(order, lineStart, lineEnd - lineStart,
                Comparer<int>.Create((a, b) => blocks[a].Box.X != blocks[b].Box.X ? blocks[a].Box.X.CompareTo(blocks[b].Box.X) : a.CompareTo(b)));
            lineStart = lineEnd;
        }
        return order;
    }

    private static bool SameLine(BoundingBox a, BoundingBox b)
    {
        var tolerance = Math.Min(a.Height, b.Height) / 2;
        return Math.Abs((a.Y + a.Height / 2) - (b.Y + b.Height / 2)) <= tolerance;
    }
}
