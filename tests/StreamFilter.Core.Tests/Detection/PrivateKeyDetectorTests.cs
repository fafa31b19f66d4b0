using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class PrivateKeyDetectorTests
{
    // Random base64, generated for this test: shaped like a key, not a key.
    private const string Body =
        "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDAC4AWkdwKYSd8\nKs14IReLcYgADhoXk56ZzXIq3vT0bYw9JpLm2Rr8uNf4Qe7Hs1Xk=\n";

    [Theory]
    [InlineData("RSA PRIVATE KEY")]
    [InlineData("PRIVATE KEY")]
    [InlineData("EC PRIVATE KEY")]
    [InlineData("OPENSSH PRIVATE KEY")]
    [InlineData("ENCRYPTED PRIVATE KEY")]
    public void Finds_whole_blocks(string label)
    {
        var block = $"-----BEGIN {label}-----\n{Body}-----END {label}-----";
        var text = $"key.pem:\n{block}\ntrailing text";
        Assert.Equal([block], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.PrivateKey));
    }

    [Fact]
    public void Finds_json_escaped_block()
    {
        var block = "-----BEGIN PRIVATE KEY-----\\n" + Body.Replace("\n", "\\n", StringComparison.Ordinal) + "-----END PRIVATE KEY-----";
        var text = "{\"private_key\": \"" + block + "\"}";
        Assert.Equal([block], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.PrivateKey));
    }

    [Fact]
    public void Reports_a_truncated_block_up_to_the_end_of_its_body()
    {
        var text = "-----BEGIN RSA PRIVATE KEY-----\n" + Body;
        var found = DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.PrivateKey);
        Assert.Equal([text], found);
    }

    [Fact]
    public void Many_begin_lines_without_end_lines_are_each_judged_alone()
    {
        var text = string.Concat(Enumerable.Repeat("-----BEGIN PRIVATE KEY-----\n" + Body, 3));
        var found = DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.PrivateKey);
        Assert.Equal(3, found.Length);
        Assert.All(found, block => Assert.Equal(1, block.Split("BEGIN").Length - 1));
    }

    [Theory]
    [InlineData("-----BEGIN PRIVATE KEY-----\nanything\n-----END PRIVATE KEY-----")] // stub
    [InlineData("-----BEGIN OPENSSH PRIVATE KEY----------END OPENSSH PRIVATE KEY-----")] // empty
    [InlineData("-----BEGIN PUBLIC KEY-----\n" + Body + "-----END PUBLIC KEY-----")] // public key
    [InlineData("-----BEGIN CERTIFICATE-----\n" + Body + "-----END CERTIFICATE-----")] // certificate
    public void Rejects_stubs_and_public_material(string text)
    {
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.PrivateKey));
    }
}
