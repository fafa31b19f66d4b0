namespace StreamFilter.Core.Detection.Text;

/// <summary>One character a token rewrite emits, standing for source positions <c>From</c> to <c>To</c>.</summary>
internal readonly record struct ViewPiece(char C, int From, int To);
