using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Tests.Detection;

public class SecretTextTests
{
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
