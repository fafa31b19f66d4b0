using System.Text;
using StreamFilter.Core.Events;
using StreamFilter.Core.Policy;
using StreamFilter.Core.Rules;
using StreamFilter.Core.Sensitivity;
using StreamFilter.Core.Sensitivity.Classification;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// Connects the processor's assessment hook to the <see cref="SensitivityAssessor"/>: context rules on
/// app, window title and URL, and the text classifier on the event's free text. The processor has
/// already raised the signals of detected identifiers, so none are passed here.
/// </summary>
public sealed class ClassifierSensitivityAssessor(SensitivityAssessor inner) : ISensitivityAssessor
{
    /// <summary>The assessor every host uses: the rules' context rules and the shipped model.</summary>
    public static ClassifierSensitivityAssessor ForRules(RuleSet rules, SensitivityModel model) =>
        new(new SensitivityAssessor(model, rules.ContextRules, model.Thresholds, rules.CustomEntities));

    public void Assess(InputEvent evt, SensitivityAssessment assessment)
    {
        var text = FreeText(evt);
        string[] texts = text is null ? [] : [text];
        var result = inner.Assess(new AssessmentInput(evt.App, evt.WindowTitle, evt.Url, [], texts));
        foreach (var signal in result.Signals)
        {
            assessment.Raise(signal.Category ?? Category.Work, signal.Level, signal.Reason);
        }
    }

    /// <summary>
    /// The keystroke stage's whole-text judge: the classifier's reason when typed text falls in a
    /// category whose policy keeps it out of training storage (drop, quarantine, redact the field).
    /// </summary>
    public string? JudgeTypedText(ReadOnlySpan<char> typedText, SensitivityPolicy policy)
    {
        var result = inner.Assess(new AssessmentInput(null, null, null, [], [typedText.ToString()]));
        foreach (var signal in result.Signals)
        {
            if (signal.Category is { } category && signal.Level >= SensitivityLevel.Sensitive
                && policy.ActionFor(category, signal.Level) is PolicyAction.Drop or PolicyAction.Quarantine or PolicyAction.RedactField)
            {
                return signal.Reason;
            }
        }
        return null;
    }

    private static string? FreeText(InputEvent evt) => evt.Kind switch
    {
        EventKind.Transcript => evt.Transcript!.Text,
        EventKind.ScreenOcr => JoinBlocks(evt.ScreenOcr!),
        EventKind.Mouse => evt.Mouse!.Target,
        _ => null,
    };

    // One OCR block alone is often too short to judge, so the frame is classified as a whole.
    private static string JoinBlocks(ScreenOcrData frame)
    {
        var sb = new StringBuilder();
        foreach (var block in frame.Blocks)
        {
            sb.Append(block.Text).Append('\n');
        }
        return sb.ToString();
    }
}
