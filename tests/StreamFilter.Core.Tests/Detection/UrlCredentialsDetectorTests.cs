using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class UrlCredentialsDetectorTests
{
    [Theory]
    [InlineData("db at postgres://app:Sup3rS3cret@db.internal:5432/orders", "app:Sup3rS3cret")]
    [InlineData("clone https://deploy:gh0stRider99@git.example.com/repo.git", "deploy:gh0stRider99")]
    [InlineData("amqp://guest:p@ss@w0rd@rabbit:5672", "guest:p@ss@w0rd")] // '@' inside the password
    [InlineData("GET /cb?access_token=ya29a0AfH6SMBx3 HTTP/1.1", "ya29a0AfH6SMBx3")]
    [InlineData("https://api.example.com/v1/items?limit=5&api_key=9f8e7d6c5b4a3921&page=2", "9f8e7d6c5b4a3921")]
    [InlineData("https://x.blob.core.windows.net/c/f.txt?sv=2021-08-06&sig=q8Zr%2Bk9W3dLk2ZyV%3D", "q8Zr%2Bk9W3dLk2ZyV%3D")]
    [InlineData("https://app.example.com/#id_token=abc123def456ghi", "abc123def456ghi")]
    [InlineData("https://example.com/reset?password=Winter2024!.", "Winter2024!")]
    [InlineData("https://maps.example.com/api?key=AbCdEf123456", "AbCdEf123456")]
    public void Finds_credentials(string text, string expected)
    {
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.UrlCredentials));
    }

    [Theory]
    [InlineData("ssh://git@github.com/org/repo.git")] // user without password
    [InlineData("https://example.com/search?q=token&page=2")] // the word as a value
    [InlineData("https://example.com/?mytoken=abcdef123456")] // not the parameter name itself
    [InlineData("https://example.com/?token=abc")] // too short to be a credential
    [InlineData("https://${USER}:${PASSWORD}@example.com")] // template variables
    [InlineData("https://user:****@example.com")] // masked
    [InlineData("https://example.com/?token=<token>")] // placeholder
    [InlineData("see https://docs.example.com/guide#section-2")]
    public void Rejects_non_credentials(string text)
    {
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.UrlCredentials));
    }
}
