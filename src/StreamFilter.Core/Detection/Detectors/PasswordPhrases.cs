using System.Collections.Frozen;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// A word people use for a password, PIN or code, in one of the languages the phrase detector reads,
/// with the linking words that may introduce its value in that language ("ist", "es", "est", "to").
/// <paramref name="Glued"/>: written without spaces (Chinese, Japanese, Korean), so the linking word
/// may touch the key and the value. <paramref name="DigitsOnly"/>: a PIN or door code, whose value is
/// 4-8 digits. <paramref name="DirectDigits"/>: 4-8 digits may follow the key with no linking word
/// ("PIN 4821", "passcode 482193").
/// </summary>
internal sealed record PasswordPhraseKey(string Word, string[] Links, bool Glued = false, bool DigitsOnly = false, bool DirectDigits = false)
{
    public bool AcceptsDirectDigits => DigitsOnly || DirectDigits;

    /// <summary>The first character in lower case, so a candidate is compared only with keys that can match.</summary>
    public char First { get; } = char.ToLowerInvariant(Word[0]);
}

/// <summary>
/// The password words and linking words of <see cref="PasswordPhraseDetector"/>, collected from the
/// languages' own usage ("mein Passwort ist", "la contraseña es", "le mot de passe est", "hasło to").
/// </summary>
internal static class PasswordPhrases
{
    private static readonly string[] English = ["is", "was", "will be", "should be", "would be", "becomes", "changed to", "set to", "reset to", "updated to"];
    private static readonly string[] German = ["ist", "lautet", "war", "is"];
    private static readonly string[] Dutch = ["is", "was", "luidt"];
    private static readonly string[] Spanish = ["es", "era", "será", "sera", "is"];
    private static readonly string[] Portuguese = ["é", "e", "era", "será", "is"];
    private static readonly string[] French = ["est", "était", "sera", "c'est", "is"];
    private static readonly string[] Scandinavian = ["är", "er", "var", "is"];
    private static readonly string[] Finnish = ["on", "oli", "is"];
    private static readonly string[] Polish = ["to", "jest", "brzmi", "is"];
    private static readonly string[] Czech = ["je", "zní", "is"];
    private static readonly string[] Russian = ["это", "будет", "is"];
    private static readonly string[] None = [];

    public static IReadOnlyList<PasswordPhraseKey> All { get; } =
    [
        new("password", [.. English, "è", "e'", "ist", "es", "est"]), // also Italian, and code-switched German, Spanish, French
        new("passwort", German),
        new("kennwort", German),
        new("passcode", English, DirectDigits: true),
        new("passphrase", English),
        new("pass phrase", English),
        new("pw", English),
        new("pwd", English),
        new("passwd", English),
        new("wachtwoord", Dutch),
        new("contraseña", Spanish),
        new("contrasena", Spanish),
        new("senha", Portuguese),
        new("mot de passe", French),
        new("mdp", French),
        new("lösenord", Scandinavian),
        new("losenord", Scandinavian),
        new("lösenordet", Scandinavian),
        new("adgangskode", Scandinavian),
        new("adgangskoden", Scandinavian),
        new("passord", Scandinavian),
        new("passordet", Scandinavian),
        new("kodeord", Scandinavian),
        new("salasana", Finnish),
        new("hasło", Polish),
        new("haslo", Polish),
        new("heslo", Czech),
        new("пароль", Russian),
        new("parolă", ["este", "e", "is"]),
        new("parola", ["este", "is"]), // Romanian and Turkish; Italian "parola" is "word" and takes "è", not listed
        new("şifre", None),
        new("sifre", None),
        new("jelszó", ["is"]),
        new("jelszo", ["is"]),
        new("mật khẩu", ["là", "is"]),
        new("κωδικός", ["είναι", "is"]),
        new("סיסמה", None),
        new("كلمة المرور", ["هي"]),
        new("كلمة السر", ["هي"]),
        new("รหัสผ่าน", ["คือ"], Glued: true),
        new("密码", ["是", "为", "為"], Glued: true),
        new("密碼", ["是", "为", "為"], Glued: true),
        new("口令", ["是", "为"], Glued: true),
        new("パスワード", ["は"], Glued: true),
        new("暗証番号", ["は"], Glued: true, DigitsOnly: true),
        new("비밀번호", ["는", "은"], Glued: true),
        new("암호", ["는", "은"], Glued: true),
        // PINs and door codes: digits only.
        new("pin", English, DigitsOnly: true),
        new("pin code", English, DigitsOnly: true),
        new("pincode", English, DigitsOnly: true),
        new("pin number", English, DigitsOnly: true),
        new("door code", English, DigitsOnly: true),
        new("alarm code", English, DigitsOnly: true),
        new("geheimzahl", German, DigitsOnly: true),
    ];

    /// <summary>
    /// Words that may stand between a password word and its linking word: "my password FOR THE VPN is",
    /// "the password I USE is", "das Passwort FÜR DAS WLAN ist". The first one must be of this list.
    /// </summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FillerStarts { get; } = new[]
    {
        "for", "to", "of", "on", "at", "in", "into", "from", "with", "i", "we", "you", "they", "he", "she", "that",
        "für", "zu", "zum", "zur", "vom", "von", "fürs", "de", "del", "pour", "para", "per", "voor", "van", "för",
        "till", "til", "do", "dla", "na", "di", "du", "des", "da", "dos", "das", "du", "для", "от", "на", "к",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adverbs and verbs that may sit between the linking word and the value ("is NOW", "is SET TO").</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeValue { get; } = new[]
    {
        "now", "still", "just", "actually", "currently", "simply", "literally", "probably", "always", "set", "changed",
        "reset", "updated", "to", "jetzt", "noch", "immer", "ahora", "maintenant", "agora", "nu", "teraz", "nyt",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
