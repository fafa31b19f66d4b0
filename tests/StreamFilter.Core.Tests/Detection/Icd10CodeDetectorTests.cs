using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class Icd10CodeDetectorTests
{
    [Theory]
    [InlineData("diagnosis E11.9 (type 2 diabetes)", "E11.9")]
    [InlineData("dx: J45.909", "J45.909")]
    [InlineData("ICD-10 S72.001A, right femur", "S72.001A")]
    [InlineData("diagnosed C4A.0", "C4A.0")]
    [InlineData("dx F32", "F32")]
    public void Finds_codes_next_to_context(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Icd10));

    [Theory]
    [InlineData("print on A4 paper, take B12 daily, see E11.9")] // no context
    [InlineData("dx E1")] // too short
    [InlineData("dx E11.90123")] // extension too long
    [InlineData("dx v12.3.4")] // version string (and lower case)
    [InlineData("dx V12.3.4")]
    [InlineData("dx AE11.9")] // glued to a letter
    public void Rejects_without_context_or_wrong_shape(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Icd10));
}
