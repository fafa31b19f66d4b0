namespace StreamFilter.Core.Events;

/// <summary>A pixel rectangle on a screen frame: <c>[x, y, w, h]</c> on the wire.</summary>
public readonly record struct BoundingBox(double X, double Y, double Width, double Height);
