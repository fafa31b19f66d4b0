using StreamFilter.Core.Detection;

namespace StreamFilter.Cli.Spans;

/// <summary>
/// StreamFilter entity types under the canonical names of the npm peer harness (../shared/peers,
/// <c>canon()</c> in harness.mjs), so its scorer compares like with like. Types the harness does not
/// score keep their StreamFilter name: they still count in its type-agnostic precision.
/// </summary>
internal static class HarnessTypeNames
{
    public static string Of(string entityType, ReadOnlySpan<char> value) => entityType switch
    {
        EntityType.CreditCard => "CREDIT_CARD",
        EntityType.UsSsn => "SSN",
        EntityType.Phone => "PHONE",
        EntityType.Email => "EMAIL",
        // The harness only has IPV4; an IPv6 finding must not be scored as one.
        EntityType.IpAddress => value.Contains(':') ? "IPV6" : "IPV4",
        EntityType.Iban => "IBAN",
        EntityType.AwsAccessKey => "AWS_ACCESS_KEY",
        EntityType.AwsSecretKey => "AWS_SECRET_KEY",
        EntityType.GitHubToken => "GITHUB_TOKEN",
        _ => entityType,
    };
}
