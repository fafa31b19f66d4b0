namespace StreamFilter.Core.Security;

/// <summary>The two secrets StreamFilter holds; each has its own env variable and key file.</summary>
public enum KeyPurpose
{
    /// <summary>HMAC key for pseudonyms (env STREAMFILTER_HMAC_KEY).</summary>
    Pseudonym,

    /// <summary>AES-256-GCM key for dead letters and quarantine (env STREAMFILTER_DEAD_LETTER_KEY).</summary>
    DeadLetter,
}
