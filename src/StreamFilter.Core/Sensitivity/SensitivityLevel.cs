namespace StreamFilter.Core.Sensitivity;

/// <summary>The four-level scale of ../shared/events.md.</summary>
public enum SensitivityLevel
{
    /// <summary>Ordinary work activity: code, build logs, roadmap chat.</summary>
    Ordinary = 1,

    /// <summary>Personal but low risk: a personal email or phone number in a work message.</summary>
    Personal = 2,

    /// <summary>Sensitive personal data: tax, medical, private conversations, people data, identifiers.</summary>
    Sensitive = 3,

    /// <summary>Secrets: passwords, access keys, tokens, private keys.</summary>
    Secret = 4,
}
