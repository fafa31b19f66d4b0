namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// How a password follows an option: glued to it (<c>mysql -pS3cret</c>, where <c>-p S3cret</c> would
/// make S3cret the database name), as the next argument (<c>sshpass -p S3cret</c>), or either.
/// </summary>
[Flags]
internal enum OptionValue
{
    Attached = 1,
    Separate = 2,
    Either = Attached | Separate,

    /// <summary>Read from standard input, echoed in by the command before a pipe (<c>echo S3cret | docker login --password-stdin</c>).</summary>
    Piped = 4,
}

/// <summary>
/// A short command-line option that carries a password for the commands named in <paramref name="Commands"/>
/// (any word of the command before the option: <c>docker login</c> needs "login", <c>docker run -p</c>
/// publishes a port). <paramref name="Split"/>, when set, separates a user from the password in one
/// argument (<c>smbclient -U bob%S3cret</c>); <paramref name="ValuePrefix"/> is a scheme to skip
/// (<c>openssl -passin pass:S3cret</c>).
/// </summary>
internal sealed record CommandLinePasswordOption(string Option, OptionValue Value, string[] Commands, char Split = '\0', string? ValuePrefix = null);

/// <summary>
/// The password options of common database clients, registries, archivers and remote-access tools,
/// from their manuals. Long options (<c>--password</c>, <c>--db-pass=</c>) need no table: their name
/// ends in a password word, so <see cref="SecretAssignmentDetector"/> reads them as flags.
/// </summary>
internal static class CommandLinePasswordOptions
{
    private static readonly string[] MySql =
    [
        "mysql", "mysqldump", "mysqladmin", "mysqlimport", "mysqlcheck", "mysqlshow", "mysqlpump", "mysqlsh",
        "mysqlbinlog", "mysqlslap", "mariadb", "mariadb-dump", "mariadb-admin", "mariadb-import", "mariadb-check",
    ];

    private static readonly string[] Mongo =
        ["mongo", "mongosh", "mongodump", "mongorestore", "mongoexport", "mongoimport", "mongostat", "mongotop", "mongofiles"];

    private static readonly string[] Ldap =
        ["ldapsearch", "ldapmodify", "ldapadd", "ldapdelete", "ldappasswd", "ldapwhoami", "ldapcompare", "ldapmodrdn", "ldapexop"];

    public static IReadOnlyList<CommandLinePasswordOption> All { get; } =
    [
        new("-p", OptionValue.Attached, MySql),
        new("-p", OptionValue.Either, ["sshpass"]),
        // Registry and platform logins: docker, podman, nerdctl, buildah, skopeo, helm registry, oras, cf, oc, az.
        new("-p", OptionValue.Either, ["login"]),
        new("-p", OptionValue.Separate, Mongo),
        new("-p", OptionValue.Attached, ["7z", "7za", "7zr", "rar", "unrar"]),
        new("-P", OptionValue.Separate, ["sqlcmd", "bcp", "osql", "isql", "zip", "unzip", "ssh-keygen"]),
        new("-N", OptionValue.Separate, ["ssh-keygen"]),
        new("-a", OptionValue.Separate, ["redis-cli"]),
        new("-w", OptionValue.Separate, Ldap),
        new("-pw", OptionValue.Separate, ["plink", "pscp", "psftp", "putty"]),
        new("-U", OptionValue.Separate, ["smbclient", "rpcclient", "smbcacls", "smbget", "smbmap"], Split: '%'),
        new("-storepass", OptionValue.Separate, ["keytool", "jarsigner"]),
        new("-keypass", OptionValue.Separate, ["keytool", "jarsigner"]),
        new("-srcstorepass", OptionValue.Separate, ["keytool"]),
        new("-deststorepass", OptionValue.Separate, ["keytool"]),
        new("-srckeypass", OptionValue.Separate, ["keytool"]),
        new("-destkeypass", OptionValue.Separate, ["keytool"]),
        new("-passin", OptionValue.Separate, ["openssl"], ValuePrefix: "pass:"),
        new("-passout", OptionValue.Separate, ["openssl"], ValuePrefix: "pass:"),
        new("-k", OptionValue.Separate, ["enc"]),
        new("--password-stdin", OptionValue.Piped, ["login"]),
        new("-S", OptionValue.Piped, ["sudo"]),
    ];
}
