using System.Diagnostics;

namespace StreamFilter.Cli.Tests;

/// <summary>
/// Runs the real built <c>streamfilter</c> (the streamfilter.dll copied next to the tests by the project
/// reference) as a child process, with its own key directory and keys from the environment.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    /// <summary>Test keys (base64 of 32 fixed bytes); tests may use them to decrypt.</summary>
    public static readonly byte[] DeadLetterKey = Enumerable.Range(7, 32).Select(i => (byte)i).ToArray();
    public static readonly byte[] HmacKey = Enumerable.Range(50, 32).Select(i => (byte)i).ToArray();

    public CliProcess()
    {
        Directory = Path.Combine(Path.GetTempPath(), "sf-cli-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    /// <summary>A fresh temporary directory for this test's files; also STREAMFILTER_HOME.</summary>
    public string Directory { get; }

    public string PathOf(string name) => System.IO.Path.Combine(Directory, name);

    public static string DllPath => System.IO.Path.Combine(AppContext.BaseDirectory, "streamfilter.dll");

    public sealed record Result(int ExitCode, string StdOut, string StdErr, byte[] StdOutBytes);

    /// <param name="keysFromEnvironment">False leaves both key variables unset so the embedded mode generates keys.</param>
    public async Task<Result> RunAsync(IEnumerable<string> args, byte[]? stdin = null, bool keysFromEnvironment = true,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["STREAMFILTER_HOME"] = Directory;
        start.Environment.Remove("STREAMFILTER_HMAC_KEY");
        start.Environment.Remove("STREAMFILTER_DEAD_LETTER_KEY");
        start.Environment.Remove("STREAMFILTER_DEAD_LETTER_KEY_PREVIOUS");
        if (keysFromEnvironment)
        {
            start.Environment["STREAMFILTER_HMAC_KEY"] = Convert.ToBase64String(HmacKey);
            start.Environment["STREAMFILTER_DEAD_LETTER_KEY"] = Convert.ToBase64String(DeadLetterKey);
        }
        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[k] = v;
        }
        using var process = Process.Start(start)!;
        var stdout = new MemoryStream();
        var copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var readErr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.BaseStream.WriteAsync(stdin);
        }
        process.StandardInput.Close();
        // A bound so a hung child fails the test instead of hanging the run; not a performance assertion.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        await copyOut;
        var bytes = stdout.ToArray();
        return new Result(process.ExitCode, System.Text.Encoding.UTF8.GetString(bytes), await readErr, bytes);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }
}
