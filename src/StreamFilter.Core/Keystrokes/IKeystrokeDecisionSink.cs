namespace StreamFilter.Core.Keystrokes;

/// <summary>
/// Receives exactly one decision per key event the stage accepted, in arrival order within a session.
/// A held key is decided during a later call (another key, an idle flush, the end of input, an eviction).
/// </summary>
public interface IKeystrokeDecisionSink
{
    void Decided(in KeystrokeDecision decision);
}
