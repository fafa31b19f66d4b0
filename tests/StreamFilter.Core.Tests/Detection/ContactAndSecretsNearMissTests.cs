using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

/// <summary>
/// Ordinary work text (code, logs, builds, tickets) that the contact/network and secret detectors
/// must leave alone: over-redaction ruins training data.
/// </summary>
public class ContactAndSecretsNearMissTests
{
    private static readonly string[] Types =
    [
        EntityType.Phone, EntityType.IpAddress, EntityType.MacAddress, EntityType.UrlCredentials,
        EntityType.AwsAccessKey, EntityType.AwsSecretKey, EntityType.GitHubToken, EntityType.GitLabToken,
        EntityType.SlackToken, EntityType.StripeKey, EntityType.GoogleApiKey, EntityType.Jwt,
        EntityType.PrivateKey, EntityType.Password, EntityType.GenericSecret,
    ];

    [Theory]
    [InlineData("2024-10-15T12:30:45.123Z INFO request 550e8400-e29b-41d4-a716-446655440000 took 35 ms")]
    [InlineData("Merged commit 3f786850e387550fdab836ed7e6dc881de23001b into release/2.14.3")]
    [InlineData("Bump Newtonsoft.Json from 13.0.1 to 13.0.3 (#4412)")]
    [InlineData("order #100-2345-6789 shipped on 10/15/2024, invoice INV-2024-000123")]
    [InlineData("var key = cache.GetKey(userId); var token = await GetTokenAsync(ct);")]
    [InlineData("if (password.Length < 12) throw new ArgumentException(\"password is too short\");")]
    [InlineData("const tokenizer = AutoTokenizer.from_pretrained(\"bert-base-uncased\", max_tokens=512)")]
    [InlineData("\"integrity\": \"sha512-Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3BxcnN0dXY=\"")]
    [InlineData("img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\"")]
    [InlineData("Primary key id 8675309 not found; retrying in 3000 ms")]
    [InlineData("Call the API with your token in the Authorization header (see docs).")]
    [InlineData("The key takeaway from the Q3 review: ship 4.2.1.7 by Friday.")]
    [InlineData("docker pull nginx@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]
    [InlineData("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl dev@laptop")]
    [InlineData("Listening on http://localhost:5000 and https://0.0.0.0:5001")]
    [InlineData("Room 4155 at 2:30pm, dial-in code 555 2671")]
    [InlineData("password_reset_url: https://example.com/reset")]
    [InlineData("The secret to good code reviews is kindness.")]
    public void Ordinary_work_text_has_no_findings(string text)
    {
        var found = DetectorTestKit.Scan(text);
        Assert.DoesNotContain(found, f => Types.Contains(f.EntityType));
    }
}
