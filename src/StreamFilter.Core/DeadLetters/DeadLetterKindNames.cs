namespace StreamFilter.Core.DeadLetters;

/// <summary>Wire names of <see cref="DeadLetterKind"/>.</summary>
public static class DeadLetterKindNames
{
    public const string DeadLetter = "dead_letter";
    public const string Quarantine = "quarantine";

    public static string Of(DeadLetterKind kind) => kind == DeadLetterKind.Quarantine ? Quarantine : DeadLetter;

    public static bool TryParse(string? name, out DeadLetterKind kind)
    {
        kind = name == Quarantine ? DeadLetterKind.Quarantine : DeadLetterKind.DeadLetter;
        return name is DeadLetter or Quarantine;
    }
}
