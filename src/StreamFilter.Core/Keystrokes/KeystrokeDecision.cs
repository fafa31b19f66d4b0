namespace StreamFilter.Core.Keystrokes;

/// <summary>
/// The decision for one key event. <see cref="EntityType"/> names what the key was part of (never
/// the value); <see cref="Reason"/> is one of <see cref="KeystrokeReasons"/> or null for a plain forward.
/// </summary>
public readonly record struct KeystrokeDecision(KeystrokeEvent Event, KeyVerdict Verdict, string? Reason, string? EntityType);
