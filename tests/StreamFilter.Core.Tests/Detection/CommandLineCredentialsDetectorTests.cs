using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class CommandLineCredentialsDetectorTests
{
    [Theory]
    [InlineData("curl --cacert ca.crt -u elastic:Pa55w0rd$1 https://localhost:9200", "Pa55w0rd$1")]
    [InlineData("curl -s --user 'api:d2LkV78zLx!t' https://api.example.com", "d2LkV78zLx!t")]
    [InlineData("curl --user=admin:Kest7rel https://x", "Kest7rel")]
    [InlineData("curl -u \":blankUserPw9\" https://x", "blankUserPw9")]
    public void Finds_passwords(string text, string expected)
    {
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Password));
    }

    [Theory]
    [InlineData("git push -u origin main")] // no user:password
    [InlineData("docker run -u 1000:1000 image")] // user and group ids
    [InlineData("curl -sL --user \"$1:$2\" \"$3\"")] // shell variables
    [InlineData("curl -u username:password https://x")] // documentation stand-ins
    [InlineData("curl -u admin: https://x")] // no password
    [InlineData("sort -u file.txt")]
    public void Rejects_non_credentials(string text)
    {
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Password));
    }
}
