using System.ComponentModel;
using System.Diagnostics;

namespace StreamFilter.Core.Tests.Metrics;

/// <summary>
/// Runs Debian's <c>promtool check metrics</c> (package <c>prometheus</c>, installed by
/// scripts/install-deps.sh) on an exposition text given on standard input,
/// and <c>promtool check config</c> on a scrape configuration.
/// </summary>
internal static class Promtool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static Task<(int ExitCode, string Output)> CheckMetricsAsync(string exposition) =>
        RunAsync(["check", "metrics"], exposition);

    public static Task<(int ExitCode, string Output)> CheckConfigAsync(string configFile) =>
        RunAsync(["check", "config", configFile], string.Empty);

    private static async Task<(int ExitCode, string Output)> RunAsync(string[] arguments, string input)
    {
        var start = new ProcessStartInfo("promtool", arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("promtool is not installed: run scripts/install-deps.sh (Debian package prometheus).", e);
        }

        using (process)
        using (var timeout = new CancellationTokenSource(Timeout))
        {
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.StandardInput.WriteAsync(input.AsMemory(), timeout.Token);
            process.StandardInput.Close();
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, (await stdout) + (await stderr));
        }
    }
}
