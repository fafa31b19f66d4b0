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
        Array.Sort(order, (a, b) => blocks[a].Y != blocks[b].Y ? blocks[a].Y.CompareTo(blocks[b].Y) : a.CompareTo(b));
        var lineStart = 0;
        while (lineStart < order.Length)
        {
            var first = blocks[order[lineStart]];
            var lineEnd = lineStart + 1;
            while (lineEnd < order.Length && SameLine(first, blocks[order[lineEnd]]))
            {
                lineEnd++;
            }
            Array.Sort(order, lineStart, lineEnd - lineStart,
                Comparer<int>.Create((a, b) => blocks[a].X != blocks[b].X ? blocks[a].X.CompareTo(blocks[b].X) : a.CompareTo(b)));
            lineStart = lineEnd;
        }
        return order;
    }

    private static bool SameLine(in OcrBlock a, in OcrBlock b)
    {
        var tolerance = Math.Min(a.Height, b.Height) / 2;
        return Math.Abs((a.Y + a.Height / 2) - (b.Y + b.Height / 2)) <= tolerance;
    }
}
