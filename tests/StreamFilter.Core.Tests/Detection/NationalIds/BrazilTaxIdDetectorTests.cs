using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.NationalIds;

public class BrazilTaxIdDetectorTests
{
    [Theory]
    [InlineData("CPF 390.533.447-05", EntityType.BrCpf, "390.533.447-05")] // stdnum's valid CPF
    [InlineData("meu documento 177.513.735-04", EntityType.BrCpf, "177.513.735-04")] // written form: no context needed
    [InlineData("CPF: 177513735-04", EntityType.BrCpf, "177513735-04")]
    [InlineData("meu CPF é 77181965697", EntityType.BrCpf, "77181965697")] // bare, with context
    [InlineData("CNPJ 11.017.153/0001-68", EntityType.BrCnpj, "11.017.153/0001-68")]
    [InlineData("empresa 07.195.358/0001-66", EntityType.BrCnpj, "07.195.358/0001-66")]
    [InlineData("cnpj 11017153000168", EntityType.BrCnpj, "11017153000168")]
    public void Finds_valid_numbers(string text, string type, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), type));

    [Theory]
    [InlineData("CPF 231.002.999-00")] // wrong check digits
    [InlineData("CPF 111.111.111-11")] // repeated digit placeholder
    [InlineData("pedido 77181965697")] // bare, no context
    [InlineData("CPF 390.533.447-05-1")] // continued
    [InlineData("CNPJ 16.727.230.0001-98")] // wrong check digits
    [InlineData("id 11017153000168")] // bare CNPJ, no context
    public void Rejects_invalid_or_context_free(string text)
    {
        var findings = DetectorTestKit.Scan(text);
        Assert.Empty(DetectorTestKit.Values(text, findings, EntityType.BrCpf));
        Assert.Empty(DetectorTestKit.Values(text, findings, EntityType.BrCnpj));
    }
}
