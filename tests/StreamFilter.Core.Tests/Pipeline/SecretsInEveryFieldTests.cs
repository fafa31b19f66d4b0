using StreamFilter.Core.Detection;
using static StreamFilter.Core.Tests.Pipeline.ProcessorTestKit;

namespace StreamFilter.Core.Tests.Pipeline;

/// <summary>
/// Secrets reach the stage in every text field, not only transcript text: a terminal's window title or
/// app name holds the command line, a URL its query, a mouse target the label of a field. Each one is
/// scanned by the secret detectors and never forwarded in clear.
/// </summary>
public class SecretsInEveryFieldTests
{
    private const string Secret = "Hunter2!x9";

    [Theory]
    [InlineData("window_title", "Terminal - mysql -h db.internal -uadmin -p" + Secret)]
    [InlineData("app", "mysql -uroot -p" + Secret + " prod")]
    [InlineData("url", "https://portal.example.com/login?user=bob&password=" + Secret)]
    [InlineData("target", "sshpass -p " + Secret + " ssh deploy@web-1")]
    [InlineData("window_title", "docker login -u ci -p " + Secret + " registry.example.com")]
    [InlineData("window_title", "config.yaml - password: " + Secret)]
    public void Secret_in_a_side_field_is_not_forwarded(string field, string value)
    {
        var line = $$"""{"type":"mouse","event_id":"e1","user_id":"u1","ts":"2026-06-01T09:00:03Z","app":"Terminal","action":"click","x":1,"y":2,"button":"left","{{field}}":"{{value}}"}""";
        if (field == "app")
        {
            line = line.Replace("\"app\":\"Terminal\",", "", StringComparison.Ordinal);
        }

        var sink = Run(line);

        Assert.Single(sink.Audits);
        Assert.All(sink.Forwarded, f => Assert.DoesNotContain(Secret, f.Json, StringComparison.Ordinal));
        Assert.Contains(sink.Audits[0].EntityTypes, t => t is EntityType.Password or EntityType.UrlCredentials);
    }

    [Fact]
    public void A_recovery_phrase_in_a_chat_is_not_forwarded()
    {
        const string phrase = "candy urge fish case moral expire capital avoid eye carbon crystal vehicle";
        var sink = Run($$"""{"type":"transcript","event_id":"e2","user_id":"u1","ts":"2026-06-01T09:00:03Z","app":"Signal","source":"chat","text":"here is my wallet backup: {{phrase}}"}""");

        Assert.All(sink.Forwarded, f => Assert.DoesNotContain("crystal vehicle", f.Json, StringComparison.Ordinal));
        Assert.Contains(EntityType.CryptoSeedPhrase, sink.Audits[0].EntityTypes);
    }
}
