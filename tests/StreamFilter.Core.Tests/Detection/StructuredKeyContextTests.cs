using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

/// <summary>
/// The key or CSV column a value sits under is context for it: a bare nine-digit number under "ssn" is
/// an SSN, under "order_id" it is not.
/// </summary>
public class StructuredKeyContextTests
{
    [Theory]
    [InlineData("{\"ssn\": \"536225555\"}")]
    [InlineData("{\"customerSSN\": \"536225555\"}")] // camelCase
    [InlineData("{\"customer_ssn\":\"536225555\"}")] // snake_case
    [InlineData("{\"social-security-number\": 536225555}")] // kebab-case
    [InlineData("<SocialSecurityNumber>536225555</SocialSecurityNumber>")] // XML element
    [InlineData("user=jdoe ssn=536225555 status=ok")] // key=value log line
    [InlineData("https://hr.example.com/api/employees?ssn=536225555&view=full")] // query parameter
    [InlineData("{\"sozialversicherungsnummer\": \"536225555\"}")] // another language's key
    public void A_key_is_context_for_its_value(string text)
    {
        Assert.Equal(["536225555"], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.UsSsn));
    }

    [Fact]
    public void A_csv_column_header_is_context_for_every_row()
    {
        var rows = string.Join("\n", Enumerable.Range(0, 40).Select(i => $"Employee Name {i:D2},Springfield,{536225500 + i}"));
        var text = "name,city,ssn\n" + rows;
        var found = DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.UsSsn);
        Assert.Equal(40, found.Length); // rows far below the header too
    }

    [Theory]
    [InlineData("{\"order_id\": \"536225555\"}")]
    [InlineData("id,order_total,sku\n1,536225555,AB-12")]
    [InlineData("name,city,invoice\nEmployee Name 01,Springfield,536225555")]
    public void Other_keys_are_not(string text)
    {
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.UsSsn));
    }

    [Theory]
    [InlineData("customerSSN", "customer ssn")]
    [InlineData("date_of_birth", "date of birth")]
    [InlineData("card-number", "card number")]
    [InlineData("PatientID", "patient id")]
    [InlineData("SSNNumber", "ssn number")]
    [InlineData("billing.cardNumber2", "billing card number2")]
    public void Keys_split_into_words(string key, string expected)
    {
        Span<char> words = stackalloc char[64];
        var n = StructuredKey.SplitWords(key, words);
        Assert.Equal(expected, words[..n].ToString());
    }
}
