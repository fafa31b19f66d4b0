namespace StreamFilter.Core.Events;

/// <summary>The fields of a <c>screen_ocr</c> event: the text blocks recognised on one frame.</summary>
public sealed record ScreenOcrData
{
    public required string FrameId { get; init; }

    public required int Width { get; init; }

    public required int Height { get; init; }

    public required IReadOnlyList<OcrBlock> Blocks { get; init; }
}
