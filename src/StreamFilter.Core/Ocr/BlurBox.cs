namespace StreamFilter.Core.Ocr;

/// <summary>
/// A pixel rectangle an image pipeline must blur, estimated from character offsets within
/// <see cref="BlockIndex"/> (glyphs assumed equally wide). Rounded outwards to whole pixels.
/// </summary>
public readonly record struct BlurBox(int BlockIndex, int X, int Y, int Width, int Height, string EntityType);
