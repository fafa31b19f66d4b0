using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Tests.Detection;

public class SecretTextTests
{
    [Theory]
    [InlineData("short words only here", 20, false)]
    [InlineData("a twenty-char run: abcdefghij0123456789 ok", 20, true)]
    [InlineData("abcdefghij0123456789", 20, true)] // the whole text
    [InlineData("abcdefghij012345678", 20, false)] // one short
    [InlineData("x abcdefghij 0123456789", 20, false)] // split by a space
    [InlineData("0123456789abcdefghij tail", 20, true)] // at the start
    [InlineData("head 0123456789abcdefghij", 20, true)] // at the end
    [InlineData("a bc def ghij 0123456789abcdefghijk l", 20, true)] // after short words
    [InlineData("0123456789abcdefghi 0123456789abcdefghi", 20, false)] // two runs of 19
    public void HasRunOf_finds_long_runs(string text, int min, bool expected)
    {
        Assert.Equal(expected, SecretText.HasRunOf(text, SecretText.BlobSet, min));
    }

    [Theory]
    [InlineData("****", true)]
    [InlineData("xxxxxxxxxxxxAB", true)]
    [InlineData("${DB_PASSWORD}", true)]
    [InlineData("{{ vault_pw }}", true)]
    [InlineData("<password>", true)]
    [InlineData("[REDACTED]", true)]
    [InlineData("AKIAIOSFODNN7EXAMPLE", true)]
    [InlineData("changeme", false)]
    [InlineData("Tr0ub4dor&3", false)]
    public void IsPlaceholder_separates_stand_ins_from_values(string value, bool expected)
    {
        Assert.Equal(expected, SecretText.IsPlaceholder(value));
    }
}
