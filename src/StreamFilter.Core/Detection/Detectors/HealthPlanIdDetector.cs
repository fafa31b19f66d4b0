using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// Health-plan member, subscriber and policy IDs: insurers print 6-20 letters and digits
/// ("XZH123456789", "W2849173651", "12345678-01"), with at least five digits. There is no shared
/// format, so a candidate is only reported next to a context word ("member id", "policy number",
/// "health plan", "subscriber").
/// </summary>
public sealed class HealthPlanIdDetector : Detector
{
    internal const float Score = 0.2f;

    private static readonly IReadOnlyList<string> Types = [EntityType.HealthPlanId];

    private static readonly EntityScoring Scoring = new(0.5f, new ContextWords(
        ["member id", "member #", "member number", "member no", "policy number", "policy #", "policy no", "health plan",
            "subscriber", "insurance id", "insured id", "plan id", "group number", "medicaid", "beneficiary id"]));

    public override string Id => "health_plan_id";

    public override IReadOnlyList<string> EntityTypes => Types;

    public override EntityScoring DefaultScoring(string entityType) => Scoring;

    public override void Scan(ReadOnlySpan<char> text, FindingList findings)
    {
        var i = 0;
        while (i < text.Length)
        {
            var hit = text[i..].IndexOfAnyInRange('0', '9');
            if (hit < 0)
            {
                return;
            }
            var digit = i + hit;
            if (!AlnumToken.TryRead(text, digit, out var token))
            {
                i = AlnumToken.EndOfRun(text, digit);
                continue;
            }
            if (token.Length is >= 6 and <= 20 && token.Digits >= 5)
            {
                findings.Add(EntityType.HealthPlanId, token.Start, token.End, Score);
            }
            i = token.End;
        }
    }
}
