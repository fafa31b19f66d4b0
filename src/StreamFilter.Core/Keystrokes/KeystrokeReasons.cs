namespace StreamFilter.Core.Keystrokes;

/// <summary>The audit reasons the keystroke stage gives; stable strings, never values.</summary>
public static class KeystrokeReasons
{
    /// <summary>The key typed (or typed then deleted) part of a detected value.</summary>
    public const string SensitiveValue = "sensitive_value";

    /// <summary>
    /// The key was typed into a password field (or any credential or card field), or answered a
    /// terminal's secret prompt: always dropped.
    /// </summary>
    public const string PasswordField = "password_field";

    /// <summary>The session was evicted (session limit) before the key could be judged: masked.</summary>
    public const string SessionEvicted = "session_evicted";

    /// <summary>
    /// The key was part of something that could still have become a value (a partial SSN, a number
    /// awaiting its context word) when it had to be released: end of input or the holdback bound.
    /// </summary>
    public const string PartialValue = "partial_value";

    /// <summary>Too many keys were held in one session; the oldest undecided ones are masked.</summary>
    public const string HoldbackLimit = "holdback_limit";
}
