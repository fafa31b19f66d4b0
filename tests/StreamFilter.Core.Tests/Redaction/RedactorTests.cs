using StreamFilter.Core.Detection;
using StreamFilter.Core.Redaction;

namespace StreamFilter.Core.Tests.Redaction;

public class RedactorTests
{
    private static readonly Pseudonymizer KeyA = new(Enumerable.Repeat((byte)7, 32).ToArray());
    private static readonly Pseudonymizer KeyB = new(Enumerable.Repeat((byte)8, 32).ToArray());

    private static Redactor With(string type, RedactionOperator op, Pseudonymizer? key = null) =>
        new(new Dictionary<string, RedactionOperator> { [type] = op }, RedactionOperator.Tag, key ?? KeyA);

    private static Finding[] At(string text, string value, string type)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        return [new Finding(type, start, start + value.Length, 0.9f)];
    }

    [Fact]
    public void Tag_replaces_the_value_with_its_type()
    {
        const string text = "my ssn is 536-22-4871, thanks";

        Assert.Equal("my ssn is [US_SSN], thanks", With(EntityType.UsSsn, RedactionOperator.Tag).Redact(text, At(text, "536-22-4871", EntityType.UsSsn)));
    }

    [Fact]
    public void Types_without_an_operator_get_the_fallback_tag()
    {
        const string text = "key AKIAABCDEFGHIJKLMNOP";

        Assert.Equal("key [AWS_ACCESS_KEY]", With(EntityType.Email, RedactionOperator.Pseudonym).Redact(text, At(text, "AKIAABCDEFGHIJKLMNOP", EntityType.AwsAccessKey)));
    }

    [Theory]
    [InlineData("4111-1111-1111-1111", "****-****-****-1111")]
    [InlineData("4111 1111 1111 1111", "**** **** **** 1111")]
    [InlineData("12345678", "******78")] // never more than a quarter shown
    [InlineData("123", "***")]
    public void Mask_keeps_the_shape_and_at_most_the_last_four(string value, string expected)
    {
        var text = $"card {value} ok";

        Assert.Equal($"card {expected} ok", With(EntityType.CreditCard, RedactionOperator.Mask(4)).Redact(text, At(text, value, EntityType.CreditCard)));
    }

    [Fact]
    public void Mask_uses_the_configured_character()
    {
        const string text = "4111111111111111";

        Assert.Equal("############1111", With(EntityType.CreditCard, RedactionOperator.Mask(4, '#')).Redact(text, At(text, text, EntityType.CreditCard)));
    }

    [Fact]
    public void Pseudonyms_are_stable_across_calls_and_events()
    {
        var redactor = With(EntityType.Email, RedactionOperator.Pseudonym);
        const string first = "from jane@example.org";
        const string second = "cc jane@example.org today";

        var a = redactor.Redact(first, At(first, "jane@example.org", EntityType.Email))!;
        var b = redactor.Redact(second, At(second, "jane@example.org", EntityType.Email))!;

        Assert.Matches("^from \\[EMAIL_ADDRESS:[0-9a-f]{20}\\]$", a);
        Assert.Equal(a["from ".Length..], b["cc ".Length..^" today".Length]);
        Assert.Equal(a, redactor.Redact(first, At(first, "jane@example.org", EntityType.Email)));
    }

    [Fact]
    public void Pseudonyms_differ_across_keys_values_and_types()
    {
        const string text = "jane@example.org";
        var f = At(text, text, EntityType.Email);

        var a = With(EntityType.Email, RedactionOperator.Pseudonym, KeyA).Redact(text, f);
        var b = With(EntityType.Email, RedactionOperator.Pseudonym, KeyB).Redact(text, f);
        var other = With(EntityType.Email, RedactionOperator.Pseudonym, KeyA).Redact("john@example.org", f);
        var asPhone = With(EntityType.Phone, RedactionOperator.Pseudonym, KeyA).Redact(text, [f[0] with { EntityType = EntityType.Phone }]);

        Assert.NotEqual(a, b);
        Assert.NotEqual(a, other);
        Assert.NotEqual(a![^21..], asPhone![^21..]);
    }

    [Fact]
    public void Drop_field_removes_the_whole_field()
    {
        const string text = "password hunter2 and ssn 536-22-4871";
        var findings = new[]
        {
            new Finding(EntityType.Password, 9, 16, 0.9f),
            new Finding(EntityType.UsSsn, 25, 36, 0.9f),
        };

        Assert.Null(With(EntityType.Password, RedactionOperator.DropField).Redact(text, findings));
    }

    [Fact]
    public void Several_findings_are_replaced_in_place_and_the_rest_kept()
    {
        const string text = "a 536-22-4871 b jane@example.org c";
        var redactor = new Redactor(new Dictionary<string, RedactionOperator> { [EntityType.Email] = RedactionOperator.Mask(0) }, RedactionOperator.Tag, KeyA);
        Finding[] findings = [At(text, "536-22-4871", EntityType.UsSsn)[0], At(text, "jane@example.org", EntityType.Email)[0]];

        Assert.Equal("a [US_SSN] b ****@*******.*** c", redactor.Redact(text, findings));
    }

    [Fact]
    public void A_short_pseudonym_key_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Pseudonymizer(new byte[16]));
    }
}
