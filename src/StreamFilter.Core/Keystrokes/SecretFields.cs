namespace StreamFilter.Core.Keystrokes;

/// <summary>
/// The focused field kinds whose keys are never rebuilt or scanned and always dropped: password and
/// every other credential or card kind of the contract (HTML input types, autocomplete tokens).
/// </summary>
internal static class SecretFields
{
    private static readonly string[] Kinds =
        ["password", "current-password", "new-password", "one-time-code", "pin", "otp", "passcode", "security-code"];

    /// <summary>
    /// True for a secret kind. An autocomplete value may carry section and address-kind tokens first
    /// ("section-pay billing cc-number"): the last token names the field. Every <c>cc-</c> token is a
    /// card field (number, security code, expiry, holder).
    /// </summary>
    public static bool Is(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return false;
        }
        var span = field.AsSpan().Trim();
        var space = span.LastIndexOfAny(' ', '\t');
        var kind = space >= 0 ? span[(space + 1)..] : span;
        if (kind.StartsWith("cc-", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        foreach (var k in Kinds)
        {
            if (kind.Equals(k, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
