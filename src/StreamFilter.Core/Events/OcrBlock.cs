namespace StreamFilter.Core.Events;

/// <summary>One recognised text block of a screen frame.</summary>
public sealed record OcrBlock(string Text, BoundingBox Box, double? Confidence);
