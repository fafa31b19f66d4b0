namespace StreamFilter.Core.Keystrokes;

/// <summary>
/// Judges rebuilt typed text as a whole (the sensitivity classifier): returns the reason when the text
/// must not reach training storage ("classifier:medical:0.97"), or null. The keys it covers are then
/// hidden like the keys of a detected value, with that reason.
/// </summary>
public delegate string? TypedTextJudge(ReadOnlySpan<char> typedText);
