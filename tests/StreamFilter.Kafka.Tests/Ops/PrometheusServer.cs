using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace StreamFilter.Kafka.Tests.Ops;

/// <summary>
/// A real Prometheus server (Debian package <c>prometheus</c>, installed by scripts/install-deps.sh)
/// in its own temporary directory, scraping one target every second. Disposing kills it.
/// </summary>
internal sealed class PrometheusServer : IDisposable
{
    private readonly Process _process;
    private readonly string _directory;
    private readonly StringBuilder _log = new();
    private readonly HttpClient _http;

    private PrometheusServer(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(5) };
    }

    public static PrometheusServer Start(Uri target)
    {
        string directory = Directory.CreateTempSubdirectory("streamfilter-prometheus-").FullName;
        string config = Path.Combine(directory, "prometheus.yml");
        File.WriteAllText(config, $"""
            global:
              scrape_interval: 1s
              scrape_timeout: 1s
            scrape_configs:
              - job_name: streamfilter
                static_configs:
                  - targets: ["{target.Host}:{target.Port}"]
            """);
        int port = FreePort();
        var start = new ProcessStartInfo("prometheus")
        {
            ArgumentList =
            {
                "--config.file=" + config,
                "--storage.tsdb.path=" + Path.Combine(directory, "data"),
                "--web.listen-address=127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture),
            },
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
            throw new InvalidOperationException("prometheus is not installed: run scripts/install-deps.sh (Debian package prometheus).", e);
        }

        var server = new PrometheusServer(process, directory, port);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return server;
    }

    /// <summary>
    /// Polls an instant query until its first sample's value satisfies <paramref name="accept"/> or the
    /// timeout passes; returns that value. Prometheus needs a moment to start and then a scrape or two.
    /// </summary>
    public async Task<double> WaitForValueAsync(string query, Func<double, bool> accept, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        string last = "no answer yet";
        do
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"prometheus exited with {_process.ExitCode}: {Log()}");
            }

            try
            {
                string body = await _http.GetStringAsync(new Uri("api/v1/query?query=" + Uri.EscapeDataString(query), UriKind.Relative), deadline.Token);
                last = body;
                if (FirstValue(body) is { } value && accept(value))
                {
                    return value;
                }
            }
            catch (HttpRequestException e)
            {
                last = e.Message; // not listening yet
            }
        }
        while (await WaitNextAsync(poll, deadline.Token));

        throw new TimeoutException($"Query {query} did not reach the expected value within {timeout}. Last answer: {last}. Prometheus log: {Log()}");
    }

    /// <summary>Runs an instant query once and returns Prometheus's status ("success" or "error") and error text.</summary>
    public async Task<(string Status, string? Error)> QueryStatusAsync(string query)
    {
        using var response = await _http.GetAsync(new Uri("api/v1/query?query=" + Uri.EscapeDataString(query), UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        return (root.GetProperty("status").GetString()!, root.TryGetProperty("error", out var error) ? error.GetString() : null);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        _http.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static async Task<bool> WaitNextAsync(PeriodicTimer poll, CancellationToken deadline)
    {
        try
        {
            return await poll.WaitForNextTickAsync(deadline);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static double? FirstValue(string body)
    {
        using var json = JsonDocument.Parse(body);
        var result = json.RootElement.GetProperty("data").GetProperty("result");
        return result.GetArrayLength() == 0
            ? null
            : double.Parse(result[0].GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private string Log()
    {
        lock (_log)
        {
            return _log.ToString();
        }
    }
}
