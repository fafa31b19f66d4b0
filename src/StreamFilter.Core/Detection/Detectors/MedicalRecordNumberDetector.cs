using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// Medical record numbers: each hospital has its own format, usually 6-10 digits, sometimes behind a
/// short letter prefix ("MR-00482913", "H1234567"). With no format to check, a candidate is only
/// reported next to a context word ("MRN", "medical record", "chart number").
/// </summary>
public sealed class MedicalRecordNumberDetector : DigitRunDetector
{
    internal const float Score = 0.2f;

    private static readonly IReadOnlyList<string> Types = [EntityType.MedicalRecordNumber];

    private static readonly EntityScoring Scoring = new(0.5f, new ContextWords(
        ["mrn", "mrn#", "medical record", "med rec", "record number", "chart number", "chart #", "patient id", "patient number"]));

    public override string Id => "medical_record_number";

    public override bool RequiresContext => true;

    public override IReadOnlyList<string> EntityTypes => Types;

    public override EntityScoring DefaultScoring(string entityType) => Scoring;

    /// <summary>At most ten digits in the whole token.</summary>
    public override ulong RunLengths { get; } = LengthRange(1, 10);

    public override void MatchRun(ReadOnlySpan<char> text, int digit, int run, FindingList findings)
    {
        if (!AlnumToken.TryRead(text, digit, out var token))
        {
            return;
        }
        var letters = token.Length - token.Digits;
        if (token.Digits is >= 6 and <= 10 && letters <= 4 && Chars.IsDigit(text[token.End - 1]))
        {
            findings.Add(EntityType.MedicalRecordNumber, token.Start, token.End, Score);
        }
    }
}
