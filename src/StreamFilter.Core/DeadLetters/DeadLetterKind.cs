namespace StreamFilter.Core.DeadLetters;

/// <summary>Why raw input was kept: it could not be processed, or policy held it for review.</summary>
public enum DeadLetterKind
{
    DeadLetter,
    Quarantine,
}
