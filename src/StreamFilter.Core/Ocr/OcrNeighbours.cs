using StreamFilter.Core.Events;

namespace StreamFilter.Core.Ocr;

/// <summary>
/// The pairs of blocks a value may be split over, beyond what the reading-order join sees: OCR cuts a
/// value at any character ("DE89 3704 00" | "44 0532 0130 00"), and in a layout of columns the line
/// below a block's line is not what follows it in reading order. Each pair is scanned on its own, with
/// the blocks abutting (no separator) and, for a block and the one below it, also with a space.
/// </summary>
internal static class OcrNeighbours
{
    /// <summary>The junction between two blocks: <paramref name="First"/> then <paramref name="Second"/>, joined by <paramref name="Separator"/> ("" or " ").</summary>
    public readonly record struct Pair(int First, int Second, string Separator);

    /// <summary>
    /// For each block: the next block on its line (abutting), and the block on the next line that
    /// overlaps it most horizontally (abutting and with a space): a value wrapped within its column.
    /// </summary>
    public static List<Pair> Of(IReadOnlyList<OcrBlock> blocks, int[] order, int[] lineOf)
    {
        var pairs = new List<Pair>();
        for (var i = 0; i < order.Length; i++)
        {
            var a = order[i];
            if (i + 1 < order.Length && lineOf[order[i + 1]] == lineOf[a])
            {
                pairs.Add(new Pair(a, order[i + 1], ""));
            }
            var below = Below(blocks, order, lineOf, i);
            if (below >= 0)
            {
                pairs.Add(new Pair(a, below, ""));
                pairs.Add(new Pair(a, below, " "));
            }
        }
        return pairs;
    }

    private static int Below(IReadOnlyList<OcrBlock> blocks, int[] order, int[] lineOf, int at)
    {
        var a = blocks[order[at]].Box;
        var nextLine = lineOf[order[at]] + 1;
        var best = -1;
        var bestOverlap = 0.0;
        for (var j = at + 1; j < order.Length && lineOf[order[j]] <= nextLine; j++)
        {
            if (lineOf[order[j]] != nextLine)
            {
                continue;
            }
            var b = blocks[order[j]].Box;
            var overlap = Math.Min(a.X + a.Width, b.X + b.Width) - Math.Max(a.X, b.X);
            if (overlap > bestOverlap)
            {
                best = order[j];
                bestOverlap = overlap;
            }
        }
        return best;
    }
}
