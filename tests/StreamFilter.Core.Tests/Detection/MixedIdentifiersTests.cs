using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

/// <summary>
/// Several identifiers in one text: each is reported once, with the type its own context says, even
/// where the shapes overlap (a nine-digit routing number is also a bare SSN, EIN or passport shape).
/// </summary>
public class MixedIdentifiersTests
{
    [Fact]
    public void Banking_details_get_their_own_types()
    {
        const string text = "Wire to routing 021000021, account 945456787654, card 4111 1111 1111 1111, IBAN GB82WEST12345698765432, SWIFT NWBKGB2L.";
        Assert.Equal(
            [(EntityType.AbaRouting, "021000021"), (EntityType.UsBankNumber, "945456787654"), (EntityType.CreditCard, "4111 1111 1111 1111"),
                (EntityType.Iban, "GB82WEST12345698765432"), (EntityType.SwiftCode, "NWBKGB2L")],
            Typed(text));
    }

    [Fact]
    public void Patient_details_get_their_own_types()
    {
        const string text = "Patient DOB 03/14/1985, MRN 00482913, Medicare 1EG4-TE5-MK73. Dx E11.9. Prescriber DEA AB1234563, NPI 1234567893.";
        Assert.Equal(
            [(EntityType.DateOfBirth, "03/14/1985"), (EntityType.MedicalRecordNumber, "00482913"), (EntityType.MedicareMbi, "1EG4-TE5-MK73"),
                (EntityType.Icd10, "E11.9"), (EntityType.Dea, "AB1234563"), (EntityType.Npi, "1234567893")],
            Typed(text));
    }

    [Fact]
    public void Tax_details_get_their_own_types()
    {
        const string text = "SSN 536-22-4871, ITIN 912-70-1234, employer EIN 12-3456789, passport A12803456, driver license D1234567.";
        Assert.Equal(
            [(EntityType.UsSsn, "536-22-4871"), (EntityType.UsItin, "912-70-1234"), (EntityType.UsEin, "12-3456789"),
                (EntityType.UsPassport, "A12803456"), (EntityType.UsDriverLicense, "D1234567")],
            Typed(text));
    }

    [Theory]
    [InlineData("ssn 536 22 4871 Maple Street")] // the address claims the SSN's last group
    [InlineData("219 45 8877 Project Falcon, reach r_kumar+hr@corp-mail.net")] // a loser beaten twice
    public void An_overlap_never_leaves_part_of_a_candidate_unreported(string text)
    {
        var findings = DetectorTestKit.Scan(text);
        var digitsStart = text.IndexOfAny("0123456789".ToCharArray());
        var digitsEnd = text.LastIndexOfAny("0123456789".ToCharArray()) + 1;
        for (var i = digitsStart; i < digitsEnd; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                Assert.True(findings.Any(f => f.Start <= i && i < f.End), $"digit at {i} is in no finding");
            }
        }
        for (var i = 1; i < findings.Length; i++)
        {
            Assert.True(findings[i - 1].End <= findings[i].Start, "findings overlap");
        }
    }

    private static (string, string)[] Typed(string text) =>
        DetectorTestKit.Scan(text).Select(f => (f.EntityType, text[f.Start..f.End])).ToArray();
}
