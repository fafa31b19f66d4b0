namespace StreamFilter.Core.Ocr;

/// <summary>One recognised text block of a screen frame; the box is in pixels: left, top, width, height.</summary>
public readonly record struct OcrBlock(string Text, double X, double Y, double Width, double Height, double Confidence = 1);
