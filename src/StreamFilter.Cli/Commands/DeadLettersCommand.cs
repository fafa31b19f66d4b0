using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using StreamFilter.Core.DeadLetters;
using StreamFilter.Core.Security;

namespace StreamFilter.Cli.Commands;

/// <summary>
/// <c>streamfilter dead-letters list|decrypt FILE</c>: lists dead letters or quarantined events (reason
/// and position, no key needed) and, for an authorised person holding the key, decrypts them. After a
/// key rotation, records sealed with a replaced key open with it given as a previous key.
/// </summary>
internal static class DeadLettersCommand
{
    /// <summary>The embedded mode's generated key (see <see cref="KeyProvider"/>), used when no key is configured.</summary>
    private const string LocalKeyFileName = "dead-letter.key";

    public static Command Create()
    {
        var listFile = new Argument<string>("file") { Description = "A dead-letter or quarantine file." };
        var list = new Command("list", "List records: kind, position, size and reason. Needs no key.") { listFile };
        list.Action = new ExitCodeAction((parse, _) => Task.FromResult(List(parse.GetRequiredValue(listFile), parse.InvocationConfiguration)));

        var decryptFile = new Argument<string>("file") { Description = "A dead-letter or quarantine file." };
        var keyFile = new Option<string?>("--key-file") { Description = "Key file (base64 of 32 bytes). Default: env STREAMFILTER_DEAD_LETTER_KEY, else the local key." };
        var previousKeyFiles = new Option<string[]>("--previous-key-file")
        {
            Description = $"A replaced key (base64 of 32 bytes) that may have sealed older records; repeatable. Also read from env {PreviousKeyLoader.EnvironmentVariable} (comma-separated).",
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write the raw events here (NDJSON) instead of stdout." };
        var decrypt = new Command("decrypt", "Decrypt records back to their raw input lines (contains sensitive data).") { decryptFile, keyFile, previousKeyFiles, output };
        decrypt.Action = new ExitCodeAction((parse, _) => Task.FromResult(
            Decrypt(parse.GetRequiredValue(decryptFile), parse.GetValue(keyFile), parse.GetValue(previousKeyFiles) ?? [], parse.GetValue(output), parse.InvocationConfiguration)));

        return new Command("dead-letters", "Inspect encrypted dead letters and quarantined events.") { list, decrypt };
    }

    private static int List(string path, InvocationConfiguration io)
    {
        if (Open(path, io) is not { } reader)
        {
            return ExitCodes.BadInput;
        }
        using (reader)
        {
            var count = 0;
            try
            {
                foreach (var e in DeadLetterFileReader.Read(reader))
                {
                    count++;
                    io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{DeadLetterKindNames.Of(e.Kind)}\t{e.Position}\t{e.Ciphertext.Length} bytes\t{e.Reason}"));
                }
            }
            catch (FormatException ex)
            {
                io.Error.WriteLine($"error: {path}: {ex.Message}");
                return ExitCodes.RuntimeFailure;
            }
            io.Error.WriteLine($"{count} record(s) in {path}");
            return ExitCodes.Ok;
        }
    }

    private static int Decrypt(string path, string? keyFile, string[] previousKeyFiles, string? outputPath, InvocationConfiguration io)
    {
        KeyRing keys;
        try
        {
            var local = Path.Combine(KeyProvider.DefaultKeyDirectory(), LocalKeyFileName);
            keys = KeyProvider.LoadDeadLetterKeys(keyFile ?? (File.Exists(local) ? local : null), previousKeyFiles, allowGenerate: false);
        }
        catch (KeyException e)
        {
            io.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        if (Open(path, io) is not { } reader)
        {
            return ExitCodes.BadInput;
        }
        using (reader)
        using (var cipher = new DeadLetterCipher(keys))
        using (var output = outputPath is null ? Console.OpenStandardOutput() : File.Create(outputPath))
        {
            var failed = 0;
            var index = 0;
            var openedBy = new int[1 + keys.Previous.Count];
            try
            {
                foreach (var e in DeadLetterFileReader.Read(reader))
                {
                    index++;
                    try
                    {
                        output.Write(cipher.Open(e, out var generation));
                        output.WriteByte((byte)'\n');
                        openedBy[generation]++;
                    }
                    catch (AuthenticationTagMismatchException)
                    {
                        failed++;
                        io.Error.WriteLine($"error: record {index} ({e.Position}): authentication failed: no given key (current or previous) opens it, or the record was altered.");
                    }
                }
            }
            catch (FormatException ex)
            {
                io.Error.WriteLine($"error: {path}: {ex.Message}");
                return ExitCodes.RuntimeFailure;
            }
            for (var generation = 1; generation < openedBy.Length; generation++)
            {
                if (openedBy[generation] > 0)
                {
                    io.Error.WriteLine($"note: {openedBy[generation]} record(s) opened with the previous key from {keys.SourceOf(generation)}.");
                }
            }
            return failed == 0 ? ExitCodes.Ok : ExitCodes.RuntimeFailure;
        }
    }

    private static StreamReader? Open(string path, InvocationConfiguration io)
    {
        if (!File.Exists(path))
        {
            io.Error.WriteLine($"error: file {path} does not exist.");
            return null;
        }
        return new StreamReader(path);
    }
}
