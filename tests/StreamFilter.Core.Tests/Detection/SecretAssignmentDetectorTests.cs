using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class SecretAssignmentDetectorTests
{
    [Theory]
    [InlineData("password=hunter22", "hunter22")]
    [InlineData("DB_PASSWORD: \"Tr0ub4dor&3\"", "Tr0ub4dor&3")]
    [InlineData("{\"password\": \"s3cr3t-P4ss\"}", "s3cr3t-P4ss")]
    [InlineData("spring.datasource.password = changeme", "changeme")] // default passwords are reported
    [InlineData("my password is Bluebird42", "Bluebird42")]
    [InlineData("mysql --password 'Zx9!qLm2' -u root", "Zx9!qLm2")]
    [InlineData("<password>Hydr4nt!</password>", "Hydr4nt!")]
    [InlineData("$dbPass = 'Kettle#77';", "Kettle#77")]
    [InlineData("pwd: qwerty123", "qwerty123")]
    [InlineData("{\\\"password\\\": \\\"esc4ped!\\\"}", "esc4ped!")] // inside a JSON string
    public void Finds_password_values(string text, string expected)
    {
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Password));
    }

    [Theory]
    [InlineData("client_secret=bP88Q~rcBcYjzzOhg1Hnn76Wm3jGgak", "bP88Q~rcBcYjzzOhg1Hnn76Wm3jGgak")]
    [InlineData("slackToken := \"T0k3nValue_98765\"", "T0k3nValue_98765")]
    [InlineData("X-Api-Key: 7d9f2c41aa0b4e6f", "7d9f2c41aa0b4e6f")]
    [InlineData("const API_KEY = 'Qm9vbGVhbjEyMw';", "Qm9vbGVhbjEyMw")]
    [InlineData("auth_token2 => \"k8sT0ken-Prod-1\",", "k8sT0ken-Prod-1")]
    public void Finds_generic_secret_values(string text, string expected)
    {
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.GenericSecret));
    }

    [Theory]
    [InlineData("password = getPassword()")] // a call
    [InlineData("token = config.token")] // member access
    [InlineData("if (password == input) { }")] // comparison
    [InlineData("password: string;")] // type annotation
    [InlineData("token: TokenType")] // type annotation, no digit
    [InlineData("password_hash = bcrypt(pw)")] // not the password itself
    [InlineData("max_tokens = 4096")] // key word inside a longer name
    [InlineData("bypass = True")]
    [InlineData("password: ********")] // mask
    [InlineData("password=${DB_PASSWORD}")] // template variable
    [InlineData("password: <password>")] // placeholder
    [InlineData("PASSWORD={{ vault_password }}")] // Jinja
    [InlineData("password = \"\"")] // empty
    [InlineData("the password is incorrect")] // prose
    [InlineData("<input type=\"password\" name=\"pw\">")] // HTML field type
    [InlineData("secret = short1")] // too short for a generic secret
    [InlineData("password: password")] // the key's own name
    public void Rejects_non_values(string text)
    {
        var found = DetectorTestKit.Scan(text);
        Assert.Empty(DetectorTestKit.Values(text, found, EntityType.Password));
        Assert.Empty(DetectorTestKit.Values(text, found, EntityType.GenericSecret));
    }
}
