namespace StreamFilter.Core.Sensitivity;

/// <summary>
/// Judges one event's sensitivity from its detector findings, its app/window/URL context and its free
/// text. Called once per event by the EventProcessor; implementations are thread-safe.
/// </summary>
public interface ISensitivityAssessor
{
    SensitivityResult Assess(in AssessmentInput input);
}
