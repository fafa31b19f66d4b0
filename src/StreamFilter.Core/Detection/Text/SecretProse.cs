using System.Collections.Frozen;

namespace StreamFilter.Core.Detection.Text;

/// <summary>
/// Words that, where a credential's value should be, describe or type the field instead of filling it:
/// "password: string", "the password is incorrect", "das Passwort ist falsch", "password = None".
/// Shared by the assignment, command-line and phrase detectors so one list decides for all of them.
/// </summary>
internal static class SecretProse
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words = new[]
    {
        // Types and literals of code and schemas.
        "string", "str", "bool", "boolean", "int", "integer", "number", "text", "any", "none", "null", "nil", "true",
        "false", "undefined", "object", "char", "varchar", "secretstr", "sensitive",
        // What English says after "the password is".
        "required", "optional", "hidden", "empty", "missing", "invalid", "incorrect", "wrong", "expired", "expiring",
        "correct", "valid", "right", "the", "not", "set", "reset", "changed", "stored", "saved", "same", "different",
        "too", "being", "been", "still", "now", "also", "only", "used", "needed", "sent", "here", "below", "above",
        "there", "this", "that", "these", "those", "it", "its", "his", "her", "their", "your", "my", "our", "a", "an",
        "in", "on", "at", "by", "of", "for", "from", "with", "without", "under", "inside", "into", "within", "via",
        "and", "or", "but", "if", "when", "where", "how", "why", "what", "which", "who", "whatever", "something",
        "anything", "nothing", "unknown", "blank", "mandatory", "necessary", "weak", "strong", "secure", "insecure",
        "safe", "unsafe", "long", "short", "easy", "hard", "simple", "complex", "complicated", "case", "case-sensitive",
        "very", "so", "really", "quite", "pretty", "super", "just", "like", "no", "yes", "ok", "okay", "fine",
        "good", "bad", "great", "terrible", "awful", "stupid", "annoying", "confusing", "weird", "strange", "old",
        "new", "current", "previous", "temporary", "default", "generic", "standard", "unique", "personal", "private",
        "visible", "shown", "written", "printed", "again", "then", "probably", "definitely", "about", "around",
        "over", "less", "more", "least", "most", "due", "because", "all", "some", "each", "every", "both", "either",
        "neither", "minimum", "maximum", "min", "max", "characters", "chars", "letters", "digits", "numbers",
        "symbols", "length", "locked", "encrypted", "hashed", "masked", "protected", "managed", "rotated", "shared",
        "known", "forgotten", "lost", "leaked", "compromised", "working", "accepted", "rejected", "supported",
        "allowed", "disabled", "enabled", "generated", "random", "provided", "given", "entered", "typed", "asked",
        "prompted", "requested", "same-as", "unchanged", "updated", "correctly", "actually", "currently", "usually",
        "always", "never", "sometimes", "literally", "simply", "one", "two", "ten", "twelve", "eight", "six",
        "should", "must", "will", "would", "could", "can", "cannot", "can't", "isn't", "wasn't", "doesn't", "is",
        "was", "are", "be", "has", "have", "had", "does", "did", "do", "going", "gonna", "somewhere", "elsewhere",
        "mine", "yours", "ours", "theirs", "hers", "sticky", "note", "attached", "enclosed", "included", "listed", "mentioned", "written", "noted", "documented", "tbd", "n/a",
        // The same in the other languages the phrase detector reads.
        "nicht", "falsch", "richtig", "zu", "sehr", "das", "der", "die", "ein", "eine", "mein", "dein", "sein",
        "noch", "schon", "jetzt", "abgelaufen", "ungültig", "leer", "la", "el", "mi", "tu", "su", "muy", "demasiado",
        "incorrecta", "incorrecto", "correcta", "correcto", "inválida", "válida", "est", "le", "un", "une", "mon",
        "ton", "son", "pas", "trop", "très", "faux", "fausse", "invalide", "ne", "de", "du", "het", "een", "niet",
        "fout", "onjuist", "juist", "te", "och", "inte", "fel", "ikke", "forkert", "feil", "não", "errada", "errado",
        "sbagliata", "non", "è", "é", "nie", "jest",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> describes a credential rather than being one.</summary>
    public static bool IsDescription(ReadOnlySpan<char> word) => Words.Contains(word);

    /// <summary>
    /// Lower-case words with a participle or adverb ending ("expiring", "encrypted", "simply") describe
    /// more often than they are chosen as passwords; real passwords of plain letters that end so are rare.
    /// </summary>
    public static bool IsInflectedWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 5 || word.IndexOfAnyExceptInRange('a', 'z') >= 0)
        {
            return false;
        }
        return word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal)
            || word.EndsWith("ly", StringComparison.Ordinal);
    }
}
