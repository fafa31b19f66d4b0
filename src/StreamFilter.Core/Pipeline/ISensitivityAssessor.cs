using StreamFilter.Core.Events;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// The hook for event-level signals beyond detected identifiers: context rules (app, window title,
/// URL) and the text classifier plug in here. The processor fills the assessment from findings first,
/// then calls <see cref="Assess"/>; verdicts added with <see cref="SensitivityAssessment.Raise"/> are
/// decided by the rules' <see cref="Policy.SensitivityPolicy"/>.
/// </summary>
/// <remarks>
/// Called on the processor's thread for every event that could be forwarded (not for consent events or
/// password-field keys). An instance shared by several processors must be thread-safe. An exception
/// fails the event closed: it is dead-lettered, never forwarded. The event is only valid during the
/// call: the processor reuses key event objects once they are decided, so keep values, not the event.
/// </remarks>
public interface ISensitivityAssessor
{
    void Assess(InputEvent evt, SensitivityAssessment assessment);
}
