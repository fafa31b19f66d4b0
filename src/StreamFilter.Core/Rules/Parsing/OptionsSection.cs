using YamlDotNet.RepresentationModel;

namespace StreamFilter.Core.Rules.Parsing;

/// <summary><c>keystrokes:</c>, <c>consent:</c> and <c>limits:</c>: plain options, snake_case keys,
/// each overlaying the code default it names.</summary>
internal static class OptionsSection
{
    private static readonly string[] KeystrokeKeys = ["mask_key", "drop_sensitive_keys", "idle_flush", "max_holdback", "max_sessions", "max_keys_per_session"];
    private static readonly string[] ConsentKeys = ["default_pause_minutes", "max_pause_minutes"];
    private static readonly string[] LimitsKeys = ["max_event_bytes", "max_json_depth"];

    public static KeystrokeOptions Keystrokes(RulesParseContext context, YamlNode node, KeystrokeOptions current)
    {
        if (context.Open(node, "keystrokes", KeystrokeKeys) is not { } f)
        {
            return current;
        }
        return current with
        {
            MaskKey = f.String("mask_key") ?? current.MaskKey,
            DropSensitiveKeys = f.Bool("drop_sensitive_keys") ?? current.DropSensitiveKeys,
            IdleFlush = f.Duration("idle_flush", TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1)) ?? current.IdleFlush,
            MaxHoldback = f.Duration("max_holdback", TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1)) ?? current.MaxHoldback,
            MaxSessions = f.Int("max_sessions", 1, 100_000_000) ?? current.MaxSessions,
            MaxKeysPerSession = f.Int("max_keys_per_session", 16, 1_000_000) ?? current.MaxKeysPerSession,
        };
    }

    public static ConsentOptions Consent(RulesParseContext context, YamlNode node, ConsentOptions current)
    {
        if (context.Open(node, "consent", ConsentKeys) is not { } f)
        {
            return current;
        }
        var result = current with
        {
            DefaultPauseMinutes = f.Int("default_pause_minutes", 1, 7 * 24 * 60) ?? current.DefaultPauseMinutes,
            MaxPauseMinutes = f.Int("max_pause_minutes", 1, 7 * 24 * 60) ?? current.MaxPauseMinutes,
        };
        if (result.DefaultPauseMinutes > result.MaxPauseMinutes)
        {
            context.Error(node, "consent", "default_pause_minutes must not exceed max_pause_minutes");
        }
        return result;
    }

    public static LimitsOptions Limits(RulesParseContext context, YamlNode node, LimitsOptions current)
    {
        if (context.Open(node, "limits", LimitsKeys) is not { } f)
        {
            return current;
        }
        return current with
        {
            MaxEventBytes = f.Int("max_event_bytes", 1024, 256 << 20) ?? current.MaxEventBytes,
            MaxJsonDepth = f.Int("max_json_depth", 2, 256) ?? current.MaxJsonDepth,
        };
    }
}
