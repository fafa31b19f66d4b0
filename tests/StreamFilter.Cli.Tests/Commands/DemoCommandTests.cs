using System.Globalization;
using System.Text.RegularExpressions;

namespace StreamFilter.Cli.Tests.Commands;

/// <summary>`streamfilter demo` as a user runs it: a child process, embedded cluster, real stage.</summary>
public sealed partial class DemoCommandTests : IDisposable
{
    private readonly CliProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Demo_accounts_for_every_event_and_shows_only_redacted_values()
    {
        var result = await _cli.RunAsync(["demo", "--events", "200"], keysFromEnvironment: false);

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.StdOut}\n{result.StdErr}");
        var accounting = Accounting().Match(result.StdOut);
        Assert.True(accounting.Success, result.StdOut);
        int Group(int i) => int.Parse(accounting.Groups[i].Value, CultureInfo.InvariantCulture);
        Assert.Equal(200, Group(1));
        Assert.Equal(Group(1), Group(2) + Group(3) + Group(4));
        Assert.True(Group(3) > 0 && Group(4) > 0, "the generated activity includes policy drops and corrupt records");
        // The typed SSN goes out masked; no SSN-shaped value is printed anywhere.
        Assert.Contains("my ssn is ***********", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotMatch(SsnShape(), result.StdOut + result.StdErr);
        Assert.Contains("streamfilter_events_in_total{type=\"keystroke\"}", result.StdOut, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"ACCOUNTING in (\d+) = out (\d+) \+ dropped (\d+) \+ dead-lettered (\d+): OK")]
    private static partial Regex Accounting();

    [GeneratedRegex(@"\b\d{3}-\d{2}-\d{4}\b")]
    private static partial Regex SsnShape();
}
