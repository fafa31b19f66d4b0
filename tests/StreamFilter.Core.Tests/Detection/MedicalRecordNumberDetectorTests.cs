using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class MedicalRecordNumberDetectorTests
{
    [Theory]
    [InlineData("MRN 00482913", "00482913")]
    [InlineData("medical record: MR-0048291 admitted", "MR-0048291")]
    [InlineData("patient id H1234567.", "H1234567")]
    public void Finds_numbers_next_to_context(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.MedicalRecordNumber));

    [Theory]
    [InlineData("order 00482913 shipped")] // no context
    [InlineData("MRN 12345")] // five digits
    [InlineData("MRN 12345678901")] // eleven digits
    [InlineData("MRN ABCDE123456")] // five-letter prefix
    [InlineData("mrn at 2024-06-01T10:00:00Z")]
    public void Rejects_without_context_or_wrong_shape(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.MedicalRecordNumber));
}
