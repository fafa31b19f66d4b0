using StreamFilter.Core.Policy;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// The policy's verdict for one event: the strictest action over its event-level judgments, and the
/// category that asked for it. Quarantine ranks above drop because it keeps the event for review.
/// </summary>
internal readonly record struct PolicyDecision(PolicyAction Action, string? Category)
{
    public static PolicyDecision For(SensitivityAssessment assessment, SensitivityPolicy policy)
    {
        var decision = new PolicyDecision(PolicyAction.Pass, null);
        foreach (var j in assessment.Judgments)
        {
            var action = policy.ActionFor(j.Category, j.Level);
            if (Rank(action) > Rank(decision.Action))
            {
                decision = new PolicyDecision(action, j.Category);
            }
        }
        return decision;
    }

    private static int Rank(PolicyAction action) => action switch
    {
        PolicyAction.Pass => 0,
        PolicyAction.RedactSpans => 1,
        PolicyAction.RedactField => 2,
        PolicyAction.Drop => 3,
        _ => 4,
    };
}
