namespace StreamFilter.Core.Ocr;

/// <summary>
/// The part of one detected value that lies in one block: UTF-16 offsets into that block's original
/// text, end exclusive. A value split over blocks gives one per block, with <see cref="Split"/> set.
/// </summary>
public readonly record struct OcrFinding(int BlockIndex, string EntityType, int Start, int End, float Score, bool Split);
