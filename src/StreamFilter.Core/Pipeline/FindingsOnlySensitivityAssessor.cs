using StreamFilter.Core.Events;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// The default assessor: adds nothing, so an event's sensitivity comes from its detected identifiers
/// only. Used until context rules and the classifier are configured.
/// </summary>
public sealed class FindingsOnlySensitivityAssessor : ISensitivityAssessor
{
    public static FindingsOnlySensitivityAssessor Instance { get; } = new();

    private FindingsOnlySensitivityAssessor()
    {
    }

    public void Assess(InputEvent evt, SensitivityAssessment assessment)
    {
    }
}
