using Microsoft.Extensions.Logging;
using StreamFilter.Core.Metrics;
using StreamFilter.Core.Security;
using StreamFilter.Core.Tests.Metrics;
using StreamFilter.Core.Tests.Rules;

namespace StreamFilter.Core.Tests.Security;

/// <summary>Records opened with a previous key are counted each time and logged once per partition.</summary>
public sealed class PreviousKeyUseTests
{
    private const string OpensSeries = "streamfilter_previous_key_opens_total{record=\"changelog\"}";
    private static readonly byte[] OldKey = Enumerable.Repeat((byte)5, 32).ToArray();
    private readonly StreamFilterMetrics _metrics = new();
    private readonly CapturingLogger<PreviousKeyUse> _logger = new();
    private readonly PreviousKeyUse _use;

    public PreviousKeyUseTests()
    {
        var ring = new KeyRing(new LoadedKey(new byte[32], "environment variable STREAMFILTER_DEAD_LETTER_KEY", false),
            [new LoadedKey(OldKey, "previous key file /keys/old.key", false)]);
        _use = new PreviousKeyUse(ring, _logger, _metrics);
    }

    [Fact]
    public void Every_previous_key_open_is_counted_and_each_partition_is_logged_once()
    {
        _use.Opened(PreviousKeyUse.ChangelogRecord, "input[0]", 1);
        _use.Opened(PreviousKeyUse.ChangelogRecord, "input[0]", 1);
        _use.Opened(PreviousKeyUse.ChangelogRecord, "input[1]", 1);

        Assert.Equal(3, Exposition.Samples(_metrics)[OpensSeries]);
        var lines = _logger.Lines.ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Equal(LogLevel.Information, l.Level));
        Assert.Contains("input[0]", lines[0].Message, StringComparison.Ordinal);
        Assert.Contains("input[1]", lines[1].Message, StringComparison.Ordinal);
        Assert.Contains("/keys/old.key", lines[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(OldKey), lines[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_opened_with_the_current_key_is_neither_counted_nor_logged()
    {
        _use.Opened(PreviousKeyUse.ChangelogRecord, "input[0]", 0);

        Assert.Equal(0, Exposition.Samples(_metrics)[OpensSeries]);
        Assert.Empty(_logger.Lines);
    }
}
