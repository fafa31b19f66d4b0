using StreamFilter.Core.Detection.Validation.NationalIds;

namespace StreamFilter.Core.Detection.Detectors.NationalIds;

/// <summary>
/// Polish PESEL numbers: eleven digits holding a birth date and a mod-10 check. About one
/// eleven-digit number in sixty passes, so only next to a context word.
/// </summary>
public sealed class PolishPeselDetector() : NationalIdDetector("pl_pesel",
    ["pesel", "numer ewidencyjny", "nr ewidencyjny", "numer pesel", "nr pesel"], EntityType.PlPesel)
{
    public override bool RequiresContext => true;

    public override ulong RunLengths { get; } = LengthBit(11);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        var end = start + run;
        if (DigitGroups.IsNumberStart(text, start) && DigitGroups.IsNumberEnd(text, end) && PolishPesel.IsValid(text.Slice(start, run)))
        {
            findings.Add(EntityType.PlPesel, start, end, WeakScore);
        }
    }
}
