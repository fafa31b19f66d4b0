using StreamFilter.Core.Keystrokes;

namespace StreamFilter.Core.Tests.Keystrokes;

/// <summary>Collects decisions in the order the stage made them.</summary>
internal sealed class RecordingSink : IKeystrokeDecisionSink
{
    public List<KeystrokeDecision> Decisions { get; } = [];

    public void Decided(in KeystrokeDecision decision) => Decisions.Add(decision);

    public KeystrokeDecision For(string eventId) => Decisions.Single(d => d.Event.EventId == eventId);

    /// <summary>The keys as they would be forwarded: masked keys as '*', dropped keys left out.</summary>
    public string Forwarded(SessionKey session) => string.Concat(Decisions
        .Where(d => d.Event.Session == session && d.Verdict != KeyVerdict.Drop)
        .Select(d => d.Verdict == KeyVerdict.Mask ? "*" : d.Event.Key.Length == 1 ? d.Event.Key : d.Event.Key == "Space" ? " " : $"<{d.Event.Key}>"));
}
