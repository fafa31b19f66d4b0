using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.NationalIds;

public class SpanishIdDetectorTests
{
    [Theory]
    [InlineData("Mi DNI es 54362315K", EntityType.EsNif, "54362315K")] // stdnum's valid number
    [InlineData("54362315-K", EntityType.EsNif, "54362315-K")]
    [InlineData("DNI 48392716 A.", EntityType.EsNif, "48392716 A")]
    [InlineData("titular: 12.345.678-Z", EntityType.EsNif, "12.345.678-Z")] // dotted thousands
    [InlineData("nif 12345678z", EntityType.EsNif, "12345678z")] // lower-case letter
    [InlineData("1111111-G", EntityType.EsNif, "1111111-G")] // leading zero left out
    [InlineData("M-1234567-L", EntityType.EsNif, "M-1234567-L")] // K/L/M NIF
    [InlineData("Mi NIE es X9613851N", EntityType.EsNie, "X9613851N")]
    [InlineData("x-2482300w", EntityType.EsNie, "x-2482300w")] // stdnum's valid NIE
    [InlineData("Y8063915-Z en mi NIE", EntityType.EsNie, "Y8063915-Z")]
    [InlineData("Z4829301L", EntityType.EsNie, "Z4829301L")]
    public void Finds_valid_ids_without_context(string text, string type, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), type));

    [Theory]
    [InlineData("DNI 54362315Z")] // wrong letter
    [InlineData("NIE Y8063915Q")] // wrong letter
    [InlineData("NIE W8063915Q")] // W is no NIE prefix
    [InlineData("DNI 54362315")] // no letter
    [InlineData("build 54362315Kx")] // continues into a word
    [InlineData("sku AB54362315K")] // inside a token
    [InlineData("order 48392716 a day")] // after a space the letter must be upper case
    [InlineData("DNI 123456789K")] // nine digits
    public void Rejects_invalid_ids_and_look_alikes(string text)
    {
        var findings = DetectorTestKit.Scan(text);
        Assert.Empty(DetectorTestKit.Values(text, findings, EntityType.EsNif));
        Assert.Empty(DetectorTestKit.Values(text, findings, EntityType.EsNie));
    }
}
