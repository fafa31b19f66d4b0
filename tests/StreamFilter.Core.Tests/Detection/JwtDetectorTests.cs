using StreamFilter.Core.Detection;
using StreamFilter.Core.Detection.Detectors;

namespace StreamFilter.Core.Tests.Detection;

public class JwtDetectorTests
{
    // The widely published jwt.io sample token (HS256, "John Doe").
    private const string Sample =
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

    // {"alg":"none"} . {"sub":"1"} . (no signature)
    private const string Unsigned = "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.";

    [Theory]
    [InlineData("Authorization: Bearer " + Sample, Sample)]
    [InlineData("{\"id_token\":\"" + Sample + "\"}", Sample)]
    [InlineData("cookie jwt=" + Sample + "; Path=/", Sample)]
    [InlineData("unsigned " + Unsigned + " end", Unsigned)]
    public void Finds_tokens(string text, string expected)
    {
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Jwt));
    }

    [Theory]
    // {"typ":"JWT"} header without "alg"
    [InlineData("eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlMTIz")]
    // only two segments
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0")]
    // payload is not JSON
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.aGVsbG8gd29ybGQgaGVsbG8.c2lnbmF0dXJl")]
    // a base64 blob of JSON in ordinary code, no dots
    [InlineData("var cfg = \"eyJuYW1lIjoiYXBwIiwidmVyc2lvbiI6IjEuMi4zIn0=\";")]
    // glued to a prefix: another detector's business
    [InlineData("xeyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2ln")]
    public void Rejects_near_misses(string text)
    {
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Jwt));
    }

    [Theory]
    [InlineData("eyJhbGciOiJIUzI1NiJ9", true)] // {"alg":"HS256"}
    [InlineData("eyJ0eXAiOiJKV1QifQ", false)] // {"typ":"JWT"}
    [InlineData("eyJ!!!", false)]
    public void Header_must_decode_to_json_with_alg(string header, bool expected)
    {
        Assert.Equal(expected, JwtDetector.HeaderNamesAlg(header));
    }
}
