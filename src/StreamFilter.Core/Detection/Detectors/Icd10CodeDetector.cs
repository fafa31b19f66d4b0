using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// ICD-10 diagnosis codes: a capital letter, a digit, a digit or capital, then optionally '.' and one
/// to four letters or digits ("E11.9", "J45.909", "S72.001A", "C4A.0"). Short codes like these appear
/// everywhere (paper sizes, vitamins, part numbers), so a candidate is only reported next to a
/// context word ("diagnosis", "dx", "ICD").
/// </summary>
public sealed class Icd10CodeDetector : DigitRunDetector
{
    internal const float Score = 0.2f;

    private static readonly IReadOnlyList<string> Types = [EntityType.Icd10];

    private static readonly EntityScoring Scoring = new(0.5f, new ContextWords(
        ["diagnosis", "diagnoses", "diagnosed", "dx", "icd", "icd-10", "icd10", "condition code", "ddx"]));

    public override string Id => "icd10_code";

    public override bool RequiresContext => true;

    public override IReadOnlyList<string> EntityTypes => Types;

    public override EntityScoring DefaultScoring(string entityType) => Scoring;

    /// <summary>A letter, one or two digits, then a letter, a dot or the end.</summary>
    public override ulong RunLengths { get; } = LengthBit(1) | LengthBit(2);

    public override void MatchRun(ReadOnlySpan<char> text, int digit, int run, FindingList findings)
    {
        var end = digit >= 1 ? Match(text, digit - 1) : -1;
        if (end > 0)
        {
            findings.Add(EntityType.Icd10, digit - 1, end, Score);
        }
    }

    private static int Match(ReadOnlySpan<char> text, int start)
    {
        if (start + 3 > text.Length || !Chars.IsUpper(text[start]) || !Chars.IsTokenStart(text, start)
            || !(Chars.IsDigit(text[start + 2]) || Chars.IsUpper(text[start + 2])))
        {
            return -1;
        }
        var end = start + 3;
        if (end + 1 < text.Length && text[end] == '.' && Chars.IsAsciiLetterOrDigit(text[end + 1]))
        {
            var extension = 0;
            while (end + 1 + extension < text.Length && extension < 5 && Chars.IsAsciiLetterOrDigit(text[end + 1 + extension]))
            {
                extension++;
            }
            if (extension > 4)
            {
                return -1;
            }
            end += 1 + extension;
        }
        return Chars.IsTokenEnd(text, end) ? end : -1;
    }
}
