using StreamFilter.Core.Detection.Validation.NationalIds;

namespace StreamFilter.Core.Detection.Detectors.NationalIds;

/// <summary>
/// Brazilian CPF (123.456.789-09) and CNPJ (12.345.678/0001-95), both with two mod-11 check digits.
/// In their written forms they are reported alone; bare, eleven or fourteen digits pass one time in a
/// hundred (Brazilian mobiles have eleven digits), so only next to a context word.
/// </summary>
public sealed class BrazilTaxIdDetector() : NationalIdDetector("br_cpf_cnpj",
    ["cpf", "cnpj", "cadastro de pessoas", "cadastro nacional", "pessoa física", "pessoa fisica", "pessoa jurídica",
     "pessoa juridica", "contribuinte", "receita federal"], EntityType.BrCpf, EntityType.BrCnpj)
{
    public override ulong RunLengths { get; } = LengthBit(2) | LengthBit(3) | LengthBit(9) | LengthBit(11) | LengthBit(14);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        // The written forms start "123." (CPF) or "12." (CNPJ): most short runs of logs are turned away here.
        if ((run is 2 or 3 && (start + run >= text.Length || text[start + run] != '.')) || !DigitGroups.IsNumberStart(text, start))
        {
            return;
        }
        Span<char> digits = stackalloc char[DigitGroups.MaxDigits];
        var groups = DigitGroups.Read(text, start, digits);
        if (!DigitGroups.IsNumberEnd(text, groups.End))
        {
            return;
        }
        if (groups.DigitCount == 11 && BrazilTaxId.IsValidCpf(digits[..11]))
        {
            var written = (groups.Is([3, 3, 3, 2]) && Separators(groups, "..-")) || (groups.Is([9, 2]) && Separators(groups, "-"));
            if (written || groups.Is([11]))
            {
                findings.Add(EntityType.BrCpf, start, groups.End, written ? Score : WeakScore);
            }
        }
        else if (groups.DigitCount == 14 && BrazilTaxId.IsValidCnpj(digits[..14]))
        {
            var written = groups.Is([2, 3, 3, 4, 2]) && Separators(groups, "../-");
            if (written || groups.Is([14]))
            {
                findings.Add(EntityType.BrCnpj, start, groups.End, written ? Score : WeakScore);
            }
        }
    }

    private static bool Separators(in DigitGroups groups, string expected)
    {
        for (var i = 0; i < expected.Length; i++)
        {
            if (groups.SeparatorBefore(i + 1) != expected[i])
            {
                return false;
            }
        }
        return true;
    }
}
