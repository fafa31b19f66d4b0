namespace StreamFilter.Core.Detection.Detectors.NationalIds;

/// <summary>
/// Germany's Steuernummer: 10 or 11 digits in a state's layout (21/815/08150, 181/815/08155,
/// 93815/08152, 013 815 08153) or 13 digits in the federal one. It has no check digit we can verify,
/// so it is only reported next to a context word, and it scores below a checksum-valid Steuer-ID of
/// the same span.
/// </summary>
public sealed class GermanTaxNumberDetector() : NationalIdDetector("de_tax_number",
    ["steuernummer", "steuer-nr", "st.-nr", "st-nr", "stnr", "steuer", "finanzamt", "tax number"], EntityType.DeTaxNumber)
{
    /// <summary>With context 0.63: above a formatted phone (0.6), below a checksum-valid Steuer-ID (0.65).</summary>
    internal const float PatternScore = 0.28f;

    public override bool RequiresContext => true;

    public override ulong RunLengths { get; } = LengthRange(2, 5) | LengthBit(10) | LengthBit(11) | LengthBit(13);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        if (!DigitGroups.IsNumberStart(text, start))
        {
            return;
        }
        Span<char> digits = stackalloc char[DigitGroups.MaxDigits];
        var groups = DigitGroups.Read(text, start, digits);
        if (groups.TooLong || !DigitGroups.IsNumberEnd(text, groups.End) || digits[..2] is "00")
        {
            return;
        }
        var shape = groups.GroupCount == 1
            ? groups.DigitCount is 10 or 11 or 13
            : groups.DigitCount is 10 or 11 && IsStateLayout(groups);
        if (shape)
        {
            findings.Add(EntityType.DeTaxNumber, start, groups.End, PatternScore);
        }
    }

    /// <summary>Two or three groups of 2-5 digits joined by '/' or by spaces, the last of 4-5.</summary>
    private static bool IsStateLayout(in DigitGroups groups)
    {
        if (groups.GroupCount is not (2 or 3) || !groups.SeparatedBy() || groups.SeparatorBefore(1) is not ('/' or ' '))
        {
            return false;
        }
        for (var i = 0; i < groups.GroupCount; i++)
        {
            if (groups.Length(i) is < 2 or > 5)
            {
                return false;
            }
        }
        return groups.Length(groups.GroupCount - 1) >= 4;
    }
}
