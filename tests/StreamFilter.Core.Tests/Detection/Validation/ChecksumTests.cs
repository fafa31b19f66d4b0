using StreamFilter.Core.Detection.Validation;

namespace StreamFilter.Core.Tests.Detection.Validation;

public class ChecksumTests
{
    [Theory]
    [InlineData("GB82WEST12345698765432", true)]
    [InlineData("DE89370400440532013000", true)]
    [InlineData("NO9386011117947", true)]
    [InlineData("GB82WEST12345698765423", false)] // two digits swapped
    [InlineData("GB28WEST12345698765432", false)] // check digits swapped
    [InlineData("GB82west12345698765432", false)] // lower case is not part of the compact form
    [InlineData("GB82", false)]
    public void Iban_mod97(string compact, bool valid) => Assert.Equal(valid, IbanRules.HasValidChecksum(compact));

    [Theory]
    [InlineData('G', 'B', 22)]
    [InlineData('N', 'O', 15)]
    [InlineData('R', 'U', 33)]
    [InlineData('U', 'S', 0)] // the US does not use IBANs
    [InlineData('g', 'b', 0)]
    public void Iban_length_per_country(char first, char second, int length) => Assert.Equal(length, IbanRules.LengthFor(first, second));

    [Theory]
    [InlineData("021000021", true)]
    [InlineData("111000614", true)]
    [InlineData("021000022", false)] // checksum
    [InlineData("421042111", false)] // prefix 42
    [InlineData("021000", false)]
    public void Aba_3_7_1(string digits, bool valid) => Assert.Equal(valid, AbaChecksum.IsValid(digits));

    [Theory]
    [InlineData("1234563", true)]
    [InlineData("0285191", true)]
    [InlineData("8207031", false)]
    [InlineData("123456", false)]
    public void Dea_check_digit(string digits, bool valid) => Assert.Equal(valid, DeaChecksum.IsValid(digits));

    [Theory]
    [InlineData("1234567893", true)]
    [InlineData("1245319599", true)]
    [InlineData("1234567890", false)]
    [InlineData("3234567893", false)] // prefix digit
    public void Npi_luhn_with_80840(string digits, bool valid) => Assert.Equal(valid, NpiChecksum.IsValid(digits));

    [Theory]
    [InlineData('D', 'E', true)]
    [InlineData('X', 'K', true)]
    [InlineData('Q', 'Q', false)]
    [InlineData('d', 'e', false)]
    public void Country_codes(char first, char second, bool assigned) => Assert.Equal(assigned, CountryCodes.IsAssigned(first, second));
}
