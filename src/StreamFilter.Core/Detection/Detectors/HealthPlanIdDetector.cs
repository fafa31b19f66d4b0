using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// Health-plan member, subscriber and policy IDs: insurers print 6-20 letters and digits
/// ("XZH123456789", "W2849173651", "12345678-01"), with at least five digits. There is no shared
/// format, so a candidate is only reported next to a context word ("member id", "policy number",
/// "health plan", "subscriber").
/// </summary>
public sealed class HealthPlanIdDetector : DigitRunDetector
{
    internal const float Score = 0.2f;

    private static readonly IReadOnlyList<string> Types = [EntityType.HealthPlanId];

    private static readonly EntityScoring Scoring = new(0.5f, new ContextWords(
        ["member id", "member #", "member number", "member no", "policy number", "policy #", "policy no", "health plan",
            "subscriber", "insurance id", "insured id", "plan id", "group number", "medicaid", "beneficiary id"]));

    public override string Id => "health_plan_id";

    public override bool RequiresContext => true;

    public override IReadOnlyList<string> EntityTypes => Types;

    public override EntityScoring DefaultScoring(string entityType) => Scoring;

    /// <summary>At most twenty characters in the whole token.</summary>
    public override ulong RunLengths { get; } = LengthRange(1, 20);

    public override void MatchRun(ReadOnlySpan<char> text, int digit, int run, FindingList findings)
    {
        if (AlnumToken.TryRead(text, digit, out var token) && token.Length is >= 6 and <= 20 && token.Digits >= 5)
        {
            findings.Add(EntityType.HealthPlanId, token.Start, token.End, Score);
        }
    }
}
