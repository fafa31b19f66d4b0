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
    private static readonly SearchValues<char> HexDashed = SearchValues.Create("abcdefABCDEF0123456789-");
    private static readonly SearchValues<char> UpperDashed = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");
    private static readonly SearchValues<char> AlnumDotted = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.");
    private static readonly SearchValues<char> Url64Dotted = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.");
    private static readonly SearchValues<char> Url64Padded = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-=");
    private static readonly SearchValues<char> SendGrid = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-=.");
    private static readonly SearchValues<char> WebhookPath = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-@/");

    /// <summary>Segments of <paramref name="body"/> split at <paramref name="separator"/> have exactly these lengths.</summary>
    private static bool Segments(ReadOnlySpan<char> body, char separator, ReadOnlySpan<int> lengths)
    {
        var k = 0;
        foreach (var range in body.Split(separator))
        {
            if (k >= lengths.Length || range.End.Value - range.Start.Value != lengths[k++])
            {
                return false;
            }
        }
        return k == lengths.Length;
    }

    /// <summary>The characters after <paramref name="at"/> are all hexadecimal (Airtable, Cloudflare, Postman layouts).</summary>
    private static bool HexFrom(ReadOnlySpan<char> body, int at) => body[at..].IndexOfAnyExcept(Hex) < 0;

    /// <summary>Flutterwave's test and live secret keys: 32 hex characters, then "-X".</summary>
    private static bool FlutterwaveSecret(ReadOnlySpan<char> body) => body.EndsWith("-X") && body[..32].IndexOfAnyExcept(Hex) < 0;

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
        // gitleaks' default rules whose fixed prefix or layout keeps them precise (gitleaks @ b58d3f10, MIT).
        new("SG.", EntityType.GenericSecret, 66, 66, SendGrid, 0.9f, Structure: b => b[22] == '.' && b[23..].IndexOf('.') < 0),
        new("A3-", EntityType.GenericSecret, 36, 37, UpperDashed, 0.9f,
            Structure: b => Segments(b, '-', [6, 11, 5, 5, 5]) || Segments(b, '-', [6, 6, 5, 5, 5, 5])),
        new("p8e-", EntityType.GenericSecret, 32, 32, Alnum, 0.85f),
        new("pat", EntityType.GenericSecret, 79, 79, AlnumDotted, 0.85f, Structure: b => b[14] == '.' && HexFrom(b, 15)),
        new("LTAI", EntityType.GenericSecret, 20, 20, Alnum, 0.85f),
        new("AKCp", EntityType.GenericSecret, 69, 69, Alnum, 0.85f),
        new("cmVmd", EntityType.GenericSecret, 59, 59, Alnum, 0.85f),
        new("ABSK", EntityType.GenericSecret, 109, 272, Base64, 0.85f),
        new("4b1d", EntityType.GenericSecret, 38, 38, Alnum, 0.8f),
        new("CLOJARS_", EntityType.GenericSecret, 60, 60, Alnum, 0.9f),
        new("v1.0-", EntityType.GenericSecret, 171, 171, HexDashed, 0.85f, Structure: b => Segments(b, '-', [24, 146])),
        new("doo_v1_", EntityType.GenericSecret, 64, 64, Hex, 0.9f),
        new("dor_v1_", EntityType.GenericSecret, 64, 64, Hex, 0.9f),
        new("dp.pt.", EntityType.GenericSecret, 43, 43, Alnum, 0.9f),
        new("dp.st.", EntityType.GenericSecret, 40, 60, Url64, 0.9f),
        new("dp.ct.", EntityType.GenericSecret, 40, 60, Alnum, 0.9f),
        new("dp.sa.", EntityType.GenericSecret, 40, 60, Alnum, 0.9f),
        new("duffel_test_", EntityType.GenericSecret, 43, 43, Url64Padded, 0.9f),
        new("duffel_live_", EntityType.GenericSecret, 43, 43, Url64Padded, 0.9f),
        new("dt0c01.", EntityType.GenericSecret, 89, 89, AlnumDotted, 0.9f, Structure: b => Segments(b, '.', [24, 64])),
        new("EZAK", EntityType.GenericSecret, 54, 54, Alnum, 0.9f),
        new("EZTK", EntityType.GenericSecret, 54, 54, Alnum, 0.9f),
        new("EAAM", EntityType.GenericSecret, 100, 400, Alnum, 0.85f),
        new("EAAC", EntityType.GenericSecret, 100, 400, Alnum, 0.85f),
        new("EAAA", EntityType.GenericSecret, 22, 60, Url64, 0.8f),
        new("FLWSECK_TEST-", EntityType.GenericSecret, 34, 34, Dashed, 0.9f, Structure: FlutterwaveSecret),
        new("FLWSECK-", EntityType.GenericSecret, 34, 34, Dashed, 0.9f, Structure: FlutterwaveSecret),
        new("fm1a_", EntityType.GenericSecret, 100, 1000, Base64, 0.85f),
        new("fm1r_", EntityType.GenericSecret, 100, 1000, Base64, 0.85f),
        new("fm2_", EntityType.GenericSecret, 100, 1000, Base64, 0.85f),
        new("fio-u-", EntityType.GenericSecret, 64, 64, Url64Padded, 0.9f),
        new("glft-", EntityType.GitLabToken, 20, 100, Dotted, 0.9f),
        new("eyJrIjoi", EntityType.GenericSecret, 70, 400, Url64Padded, 0.9f),
        new("pat.", EntityType.GenericSecret, 68, 68, Url64Dotted, 0.85f, Structure: b => Segments(b, '.', [22, 24, 20])),
        new("sat.", EntityType.GenericSecret, 68, 68, Url64Dotted, 0.85f, Structure: b => Segments(b, '.', [22, 24, 20])),
        // Mixed case: "video_box.ico-7a388b69..." (a hashed asset name) is lower-case hex.
        new("ico-", EntityType.GenericSecret, 32, 32, Alnum, 0.85f, Structure: b => b.ContainsAnyInRange('A', 'Z') && b.ContainsAnyInRange('a', 'z')),
        new("API-", EntityType.GenericSecret, 26, 26, UpperAlnum, 0.8f),
        new("sk-svcacct-", EntityType.GenericSecret, 40, 200, Url64, 0.9f),
        new("sk-admin-", EntityType.GenericSecret, 40, 200, Url64, 0.9f),
        new("sk-", EntityType.GenericSecret, 48, 48, Alnum, 0.9f, Structure: b => b[20..].StartsWith("T3BlbkFJ")),
        new("pscale_tkn_", EntityType.GenericSecret, 32, 64, Dotted, 0.9f),
        new("pscale_oauth_", EntityType.GenericSecret, 32, 64, Dotted, 0.9f),
        new("pscale_pw_", EntityType.Password, 32, 64, Dotted, 0.9f),
        new("PMAK-", EntityType.GenericSecret, 59, 59, HexDashed, 0.9f, Structure: b => Segments(b, '-', [24, 34])),
        new("pypi-AgEIcHlwaS5vcmc", EntityType.GenericSecret, 50, 1000, Url64, 0.95f),
        new("rubygems_", EntityType.GenericSecret, 48, 48, Hex, 0.9f),
        new("tk-us-", EntityType.GenericSecret, 48, 48, Url64, 0.85f),
        new("sntryu_", EntityType.GenericSecret, 64, 64, Hex, 0.9f),
        new("sm_aat_", EntityType.GenericSecret, 16, 16, Alnum, 0.85f),
        new("sm_pat_", EntityType.GenericSecret, 16, 16, Alnum, 0.85f),
        new("sm_sat_", EntityType.GenericSecret, 16, 16, Alnum, 0.85f),
        new("shippo_live_", EntityType.GenericSecret, 40, 40, Hex, 0.9f),
        new("shippo_test_", EntityType.GenericSecret, 40, 40, Hex, 0.85f),
        new("shpca_", EntityType.GenericSecret, 32, 32, Hex, 0.9f),
        new("shppa_", EntityType.GenericSecret, 32, 32, Hex, 0.9f),
        new("SK", EntityType.GenericSecret, 32, 32, Hex, 0.8f),
        new("sqp_", EntityType.GenericSecret, 40, 40, Hex, 0.85f),
        new("squ_", EntityType.GenericSecret, 40, 40, Hex, 0.85f),
        new("sqa_", EntityType.GenericSecret, 40, 40, Hex, 0.85f),
        new("webhook.office.com/webhookb2/", EntityType.GenericSecret, 100, 200, WebhookPath, 0.9f),
        new("discord.com/api/webhooks/", EntityType.GenericSecret, 60, 120, Path, 0.9f),
        new("discordapp.com/api/webhooks/", EntityType.GenericSecret, 60, 120, Path, 0.9f),
    ];
}
