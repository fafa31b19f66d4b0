using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

/// <summary>
/// A credential's value is removed whole, whatever characters it holds, in each shape it is written:
/// YAML, .env, ini, JSON (with escapes), XML, connection strings, key/value attribute pairs.
/// </summary>
public class SecretValueShapeTests
{
    [Theory]
    [InlineData("password: ab&cd#ef", "ab&cd#ef")] // YAML: '&' and '#' belong to the value
    [InlineData("db:\n  password: P@ss&w0rd!\n  user: app", "P@ss&w0rd!")]
    [InlineData("password: hunter2  # rotated monthly", "hunter2")] // a YAML comment is not the value
    [InlineData("  password: \"my long pass phrase\"", "my long pass phrase")]
    [InlineData("password: Blue42 sky", "Blue42 sky")] // unquoted YAML with a space
    [InlineData("password: |\n  multi line secret", "multi line secret")] // block scalar
    [InlineData("DB_PASSWORD=ab&c$d'e", "ab&c$d'e")] // .env
    [InlineData("export DB_PASSWORD=abc&def", "abc&def")]
    [InlineData("{\"password\": \"ab\\\"cd ef\"}", "ab\\\"cd ef")] // JSON escape inside the value
    [InlineData("<password>a&amp;b c</password>", "a&amp;b c")]
    [InlineData("Server=db;Database=x;User Id=sa;Password=P@ss word!;", "P@ss word!")]
    [InlineData("conn = \"Server=db;Database=x;User Id=sa;Password=P@ss word!;Encrypt=true\"", "P@ss word!")]
    [InlineData("Driver={ODBC};Server=db;Pwd={a;b c};", "a;b c")]
    [InlineData("<add key=\"ClearTextPassword\" value=\"NuG3tPw!x\" />", "NuG3tPw!x")]
    [InlineData("{\"name\": \"password\", \"value\": \"P@ss&word 1\"}", "P@ss&word 1")]
    [InlineData("Passwort: Sonne&Mond7", "Sonne&Mond7")] // other languages' keys
    [InlineData("pw: hunter22", "hunter22")]
    public void Removes_the_whole_value(string text, string expected)
    {
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Password));
    }

    [Theory]
    [InlineData("password = getenv(\"DB_PASSWORD\")")]
    [InlineData("password = os.environ[\"PW\"]")]
    [InlineData("if len(password) < 8:")]
    [InlineData("    password=None,")] // a keyword argument on its own line
    [InlineData("    key_password=key_password,")]
    [InlineData("    password=password, scope=scope, **kwargs)")]
    [InlineData("password: <password>")]
    [InlineData("password: ***")]
    [InlineData("Password: reset it in the portal please")] // prose after a label
    [InlineData(":param password: Unicode password.")] // a docstring field
    [InlineData(":type passphrase: :py:data:`bytes`")]
    [InlineData("# First pass: determine maximum length of long option names")] // the noun "pass"
    [InlineData("raise TypeError(\"pwd: expected bytes\")")]
    [InlineData("id-token: write to your workflow permissions (v1)")] // prose under a token key
    public void Leaves_code_and_prose(string text)
    {
        var found = DetectorTestKit.Scan(text);
        Assert.Empty(DetectorTestKit.Values(text, found, EntityType.Password));
        Assert.Empty(DetectorTestKit.Values(text, found, EntityType.GenericSecret));
    }

    [Fact]
    public void A_form_body_ends_each_value_at_the_next_field()
    {
        const string text = "oauth_token=lsdkfol23w54jlksdef&oauth_token_secret=qwe089234lkjsdf&oauth_callback_confirmed=true";
        var found = DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.GenericSecret);
        Assert.Contains("lsdkfol23w54jlksdef", found);
        Assert.DoesNotContain(found, v => v.Contains("callback", StringComparison.Ordinal));
    }
}
