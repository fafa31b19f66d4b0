using Microsoft.Extensions.Logging;
using StreamFilter.Core.Detection;
using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Tests.Rules;

public sealed class RulesReloaderTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private const string Good = "version: v1\n";
    private const string Better = "version: v2\ndetectors:\n  email: {enabled: false}\n";
    private const string Broken = "version: v3\ndetectors:\n  email: {enabeld: false}\n";

    private readonly string _dir = RulesTestKit.TempDirectory();
    private readonly string _path;
    private readonly RuleSetHolder _holder;
    private readonly CapturingLogger<RulesReloader> _logger = new();

    public RulesReloaderTests()
    {
        _path = Path.Combine(_dir, "rules.yaml");
        File.WriteAllText(_path, Good);
        _holder = new RuleSetHolder(RulesLoader.Load(_path, RulesTestKit.Pseudonymizer));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private RulesReloader NewReloader(RulesReloaderOptions options, out Task<RulesReloadResult> firstResult)
    {
        var reloader = new RulesReloader(_path, _holder, RulesTestKit.Pseudonymizer, _logger, options);
        var tcs = new TaskCompletionSource<RulesReloadResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        reloader.Reloaded += r => tcs.TrySetResult(r);
        firstResult = tcs.Task;
        return reloader;
    }

    /// <summary>Replaces the file in one step, as deployments should (no half-written file is ever seen).</summary>
    private void Replace(string content)
    {
        var temp = _path + ".tmp";
        File.WriteAllText(temp, content);
        File.Move(temp, _path, overwrite: true);
    }

    [Fact]
    public async Task A_good_file_is_swapped_in_on_change()
    {
        var before = _holder.Current;
        using var reloader = NewReloader(new RulesReloaderOptions { Debounce = TimeSpan.FromMilliseconds(50), PollInterval = TimeSpan.FromHours(1) }, out var result);
        reloader.Start();

        Replace(Better);
        var r = await result.WaitAsync(Bound);

        Assert.Equal(RulesReloadOutcome.Applied, r.Outcome);
        Assert.StartsWith("v2+", r.VersionInForce, StringComparison.Ordinal);
        Assert.Equal(r.VersionInForce, _holder.Current.Version);
        Assert.DoesNotContain(_holder.Current.Engine.Detectors, d => d.Id == "email");
        Assert.Contains(before.Engine.Detectors, d => d.Id == "email"); // the old set is untouched
        Assert.Contains(_logger.Lines, l => l.Level == LogLevel.Information && l.Message.Contains("v2+", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_file_is_refused_and_the_old_rules_stay()
    {
        var before = _holder.Current;
        using var reloader = NewReloader(new RulesReloaderOptions { Debounce = TimeSpan.FromMilliseconds(50), PollInterval = TimeSpan.FromHours(1) }, out var result);
        reloader.Start();

        Replace(Broken);
        var r = await result.WaitAsync(Bound);

        Assert.Equal(RulesReloadOutcome.Rejected, r.Outcome);
        Assert.Same(before, _holder.Current);
        Assert.Equal(before.Version, r.VersionInForce);
        var error = Assert.Single(r.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains(_logger.Lines, l => l.Level == LogLevel.Error && l.Message.Contains($"{_path}:3: detector 'email': unknown key 'enabeld'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_periodic_check_reloads_without_change_notifications()
    {
        using var reloader = NewReloader(new RulesReloaderOptions { WatchFileSystem = false, PollInterval = TimeSpan.FromMilliseconds(50) }, out var result);
        reloader.Start();

        Replace(Better);
        var r = await result.WaitAsync(Bound);

        Assert.Equal(RulesReloadOutcome.Applied, r.Outcome);
        Assert.DoesNotContain(_holder.Current.Engine.Detectors, d => d.Id == "email");
    }

    [Fact]
    public void Unchanged_content_is_not_reloaded()
    {
        var before = _holder.Current;
        var raised = 0;
        using var reloader = new RulesReloader(_path, _holder, RulesTestKit.Pseudonymizer, _logger, new RulesReloaderOptions { WatchFileSystem = false, PollInterval = TimeSpan.FromHours(1) });
        reloader.Reloaded += _ => Interlocked.Increment(ref raised);

        File.WriteAllText(_path, Good);
        var r = reloader.CheckNow();

        Assert.Equal(RulesReloadOutcome.Unchanged, r.Outcome);
        Assert.Same(before, _holder.Current);
        Assert.Equal(0, raised);
    }

    [Fact]
    public void A_broken_file_is_reported_once_then_a_fix_applies()
    {
        var results = new List<RulesReloadOutcome>();
        using var reloader = new RulesReloader(_path, _holder, RulesTestKit.Pseudonymizer, _logger, new RulesReloaderOptions { WatchFileSystem = false, PollInterval = TimeSpan.FromHours(1) });
        reloader.Reloaded += r => results.Add(r.Outcome);

        Replace(Broken);
        reloader.CheckNow();
        reloader.CheckNow();
        Replace(Better);
        reloader.CheckNow();

        Assert.Equal([RulesReloadOutcome.Rejected, RulesReloadOutcome.Applied], results);
        Assert.StartsWith("v2+", _holder.Current.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deleted_file_keeps_the_old_rules()
    {
        var before = _holder.Current;
        using var reloader = new RulesReloader(_path, _holder, RulesTestKit.Pseudonymizer, _logger, new RulesReloaderOptions { WatchFileSystem = false, PollInterval = TimeSpan.FromHours(1) });

        File.Delete(_path);
        var r = reloader.CheckNow();

        Assert.Equal(RulesReloadOutcome.Rejected, r.Outcome);
        Assert.Same(before, _holder.Current);
        Assert.Contains("cannot read the rules file", Assert.Single(r.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Swap_returns_the_previous_rules_and_publishes_the_new_ones()
    {
        using var findings = new FindingList();
        var a = RulesTestKit.Parse(Good);
        var b = RulesTestKit.Parse(Better);
        var holder = new RuleSetHolder(a);

        var previous = holder.Swap(b);

        Assert.Same(a, previous);
        Assert.Same(b, holder.Current);
        holder.Current.Engine.Scan("mail jane@example.org", findings);
        Assert.Equal(0, findings.Count);
    }
}
