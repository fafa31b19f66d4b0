using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.NationalIds;

public class UkNinoDetectorTests
{
    [Theory]
    [InlineData("AA 12 34 56 B", "AA 12 34 56 B")]
    [InlineData("hh 01 02 03 d", "hh 01 02 03 d")]
    [InlineData("tw987654a", "tw987654a")]
    [InlineData("nino: PR 123612C", "PR 123612C")]
    [InlineData("Here is my National Insurance Number YZ 61 48 68 B", "YZ 61 48 68 B")]
    [InlineData("NI number JG 103759 A.", "JG 103759 A")]
    public void Finds_ninos(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.UkNino));

    [Theory]
    [InlineData("AA 12 34 56 H")] // suffix beyond D
    [InlineData("AB 12 34 56 1")] // digit suffix
    [InlineData("FQ 00 00 00 C")] // F and Q never appear
    [InlineData("BG123612A")] // BG not allocated
    [InlineData("nino: nt 99 88 77 a")] // NT not allocated
    [InlineData("This isn't a valid national insurance number UV 98 76 54 B")]
    [InlineData("Ab 12 34 56 C")] // mixed case
    [InlineData("JOB 12 34 56 A")] // three letters
    [InlineData("NI number QQ123456C")] // QQ: Q never appears (HMRC's specimen prefix)
    public void Rejects_look_alikes(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.UkNino));
}
