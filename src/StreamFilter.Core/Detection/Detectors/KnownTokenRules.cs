using System.Buffers;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// The vendor token formats <see cref="KnownTokenDetector"/> recognises. Formats come from the
/// vendors' own documentation (prefix and length); the ones without a dedicated entity type are
/// reported as <see cref="EntityType.GenericSecret"/>.
/// </summary>
internal static class KnownTokenRules
{
    private static readonly SearchValues<char> UpperAlnum = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    private static readonly SearchValues<char> Alnum = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    private static readonly SearchValues<char> Word = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
    private static readonly SearchValues<char> Dashed = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");
    private static readonly SearchValues<char> Url64 = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");
    private static readonly SearchValues<char> Dotted = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-");
    private static readonly SearchValues<char> Base64 = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+/=");
    private static readonly SearchValues<char> Path = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-/");
    private static readonly SearchValues<char> Hex = SearchValues.Create("abcdefABCDEF0123456789");

    public static IReadOnlyList<KnownTokenRule> All { get; } =
    [
        // AWS access key ids: four-letter kind prefix + 16 upper-case alphanumerics.
        new("AKIA", EntityType.AwsAccessKey, 16, 16, UpperAlnum, 0.9f),
        new("ASIA", EntityType.AwsAccessKey, 16, 16, UpperAlnum, 0.9f),
        new("ABIA", EntityType.AwsAccessKey, 16, 16, UpperAlnum, 0.9f),
        new("ACCA", EntityType.AwsAccessKey, 16, 16, UpperAlnum, 0.9f),
        // GitHub: classic 36-character tokens and fine-grained PATs.
        new("ghp_", EntityType.GitHubToken, 36, 40, Alnum, 0.95f),
        new("gho_", EntityType.GitHubToken, 36, 40, Alnum, 0.95f),
        new("ghu_", EntityType.GitHubToken, 36, 40, Alnum, 0.95f),
        new("ghs_", EntityType.GitHubToken, 36, 40, Alnum, 0.95f),
        new("ghr_", EntityType.GitHubToken, 36, 76, Alnum, 0.95f),
        new("github_pat_", EntityType.GitHubToken, 50, 255, Word, 0.95f),
        // GitLab: personal, deploy, trigger, runner, OAuth, CI/CD job, incoming-mail, agent, SCIM, feed tokens.
        new("glpat-", EntityType.GitLabToken, 20, 100, Dotted, 0.9f),
        new("gldt-", EntityType.GitLabToken, 20, 100, Dotted, 0.9f),
        new("glptt-", EntityType.GitLabToken, 20, 100, Dotted, 0.9f),
        new("glrt-", EntityType.GitLabToken, 20, 100, Dotted, 0.9f),
        new("gloas-", EntityType.GitLabToken, 20, 100, Dotted, 0.9f),
        new("glcbt-", EntityType.GitLabToken, 20, 100, Dotted, 0.9f),
        new("glimt-", EntityType.GitLabToken, 20, 100, Dotted, 0.9f),
        new("glagent-", EntityType.GitLabToken, 20, 100, Dotted, 0.9f),
        new("glsoat-", EntityType.GitLabToken, 20, 100, Dotted, 0.9f),
        new("glffct-", EntityType.GitLabToken, 20, 100, Dotted, 0.9f),
        new("GR1348941", EntityType.GitLabToken, 20, 100, Url64, 0.9f),
        // Slack: bot, user, workspace, legacy, refresh and app-level tokens; config tokens; webhooks.
        new("xoxb-", EntityType.SlackToken, 20, 255, Dashed, 0.9f, NumericHead: true),
        new("xoxp-", EntityType.SlackToken, 20, 255, Dashed, 0.9f, NumericHead: true),
        new("xoxa-", EntityType.SlackToken, 20, 255, Dashed, 0.9f, NumericHead: true),
        new("xoxs-", EntityType.SlackToken, 20, 255, Dashed, 0.9f, NumericHead: true),
        new("xoxr-", EntityType.SlackToken, 20, 255, Dashed, 0.9f, NumericHead: true),
        new("xoxo-", EntityType.SlackToken, 20, 255, Dashed, 0.9f, NumericHead: true),
        new("xapp-", EntityType.SlackToken, 20, 255, Dashed, 0.9f),
        new("xoxe.xoxp-", EntityType.SlackToken, 60, 400, Dashed, 0.9f),
        new("xoxe.xoxb-", EntityType.SlackToken, 60, 400, Dashed, 0.9f),
        new("xoxe-", EntityType.SlackToken, 60, 400, Dashed, 0.9f),
        new("hooks.slack.com/services/", EntityType.SlackToken, 20, 120, Path, 0.9f),
        new("hooks.slack.com/workflows/", EntityType.SlackToken, 20, 120, Path, 0.9f),
        new("hooks.slack.com/triggers/", EntityType.SlackToken, 20, 120, Path, 0.9f),
        // Stripe secret and restricted keys, live, production and test mode.
        new("sk_live_", EntityType.StripeKey, 10, 255, Alnum, 0.95f),
        new("rk_live_", EntityType.StripeKey, 10, 255, Alnum, 0.95f),
        new("sk_prod_", EntityType.StripeKey, 10, 255, Alnum, 0.95f),
        new("rk_prod_", EntityType.StripeKey, 10, 255, Alnum, 0.95f),
        new("sk_test_", EntityType.StripeKey, 10, 255, Alnum, 0.8f),
        new("rk_test_", EntityType.StripeKey, 10, 255, Alnum, 0.8f),
        // Google API keys: "AIza" + 35.
        new("AIza", EntityType.GoogleApiKey, 35, 35, Url64, 0.9f),
        // Other vendors with an unambiguous prefix.
        new("sk-ant-api03-", EntityType.GenericSecret, 80, 120, Url64, 0.9f),
        new("sk-ant-admin01-", EntityType.GenericSecret, 80, 120, Url64, 0.9f),
        new("sk-proj-", EntityType.GenericSecret, 40, 200, Url64, 0.9f),
        new("hf_", EntityType.GenericSecret, 34, 34, Alnum, 0.85f),
        new("api_org_", EntityType.GenericSecret, 34, 34, Alnum, 0.85f),
        new("pplx-", EntityType.GenericSecret, 48, 48, Alnum, 0.85f),
        new("AGE-SECRET-KEY-1", EntityType.GenericSecret, 58, 58, UpperAlnum, 0.95f),
        new("sntrys_eyJ", EntityType.GenericSecret, 50, 400, Base64, 0.9f),
        new("ops_eyJ", EntityType.GenericSecret, 100, 2000, Base64, 0.9f),
        new("glc_", EntityType.GenericSecret, 32, 400, Base64, 0.85f),
        new("glsa_", EntityType.GenericSecret, 41, 41, Word, 0.9f),
        new("dapi", EntityType.GenericSecret, 32, 34, Dashed, 0.8f),
        new("hvs.", EntityType.GenericSecret, 24, 400, Url64, 0.85f),
        new("hvb.", EntityType.GenericSecret, 100, 400, Url64, 0.85f),
        new("ntn_", EntityType.GenericSecret, 46, 46, Alnum, 0.85f),
        new("sgp_", EntityType.GenericSecret, 40, 60, Word, 0.85f),
        new("fo1_", EntityType.GenericSecret, 43, 43, Url64, 0.85f),
        new("sq0atp-", EntityType.GenericSecret, 22, 60, Url64, 0.9f),
        new("sq0csp-", EntityType.GenericSecret, 40, 60, Url64, 0.9f),
        new("HRKU-", EntityType.GenericSecret, 58, 70, Url64, 0.9f),
        new("bedrock-api-key-", EntityType.GenericSecret, 24, 400, Base64, 0.85f),
        new("npm_", EntityType.GenericSecret, 36, 36, Alnum, 0.85f),
        new("shpat_", EntityType.GenericSecret, 32, 32, Hex, 0.9f),
        new("shpss_", EntityType.GenericSecret, 32, 32, Hex, 0.9f),
        new("dop_v1_", EntityType.GenericSecret, 64, 64, Hex, 0.9f),
        new("sha256~", EntityType.GenericSecret, 43, 43, Url64, 0.8f),
        new("s-s4t2ud-", EntityType.GenericSecret, 64, 64, Hex, 0.9f),
        new("s-s4t2af-", EntityType.GenericSecret, 64, 64, Hex, 0.9f),
        new("lin_api_", EntityType.GenericSecret, 40, 40, Alnum, 0.85f),
        new("pul-", EntityType.GenericSecret, 40, 40, Hex, 0.85f),
        new("rdme_", EntityType.GenericSecret, 70, 70, Alnum, 0.85f),
        new("pnu_", EntityType.GenericSecret, 36, 36, Alnum, 0.85f),
        new("xkeysib-", EntityType.GenericSecret, 64, 90, Dashed, 0.85f),
    ];
}
