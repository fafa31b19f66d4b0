using StreamFilter.Core.Consent;
using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Tests.Consent;

public class ConsentTrackerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Pause_window_drops_events_inside_it_and_keeps_events_after_it()
    {
        var tracker = new ConsentTracker(new ConsentOptions());
        tracker.Apply("u1", ConsentAction.Pause, T0, minutes: 15);

        Assert.Null(tracker.SuppressionReason("u1", T0.AddSeconds(-1)));
        Assert.Equal(ConsentReasons.Paused, tracker.SuppressionReason("u1", T0));
        Assert.Equal(ConsentReasons.Paused, tracker.SuppressionReason("u1", T0.AddMinutes(14.99)));
        Assert.Null(tracker.SuppressionReason("u1", T0.AddMinutes(15)));
        Assert.Null(tracker.SuppressionReason("u2", T0.AddMinutes(5))); // other users unaffected
    }

    [Theory]
    [InlineData(null, 30)]
    [InlineData(0, 30)]
    [InlineData(-5, 30)]
    [InlineData(45, 45)]
    [InlineData(100000, 60)]
    public void Pause_length_defaults_and_is_capped(int? requested, int expectedMinutes)
    {
        var tracker = new ConsentTracker(new ConsentOptions { DefaultPauseMinutes = 30, MaxPauseMinutes = 60 });
        tracker.Apply("u1", ConsentAction.Pause, T0, requested);

        Assert.True(tracker.IsSuppressed("u1", T0.AddMinutes(expectedMinutes).AddTicks(-1)));
        Assert.False(tracker.IsSuppressed("u1", T0.AddMinutes(expectedMinutes)));
    }

    [Fact]
    public void Resume_ends_the_pause_but_late_events_stamped_inside_it_stay_dropped()
    {
        var tracker = new ConsentTracker(new ConsentOptions());
        tracker.Apply("u1", ConsentAction.Pause, T0);
        tracker.Apply("u1", ConsentAction.Resume, T0.AddMinutes(5));

        Assert.False(tracker.IsSuppressed("u1", T0.AddMinutes(6)));
        Assert.True(tracker.IsSuppressed("u1", T0.AddMinutes(3)));
    }

    [Fact]
    public void Opt_out_lasts_until_opt_in_and_wins_over_a_pause()
    {
        var tracker = new ConsentTracker(new ConsentOptions());
        tracker.Apply("u1", ConsentAction.Pause, T0);
        tracker.Apply("u1", ConsentAction.OptOut, T0.AddMinutes(1));

        Assert.Equal(ConsentReasons.OptedOut, tracker.SuppressionReason("u1", T0.AddMinutes(2)));
        Assert.Equal(ConsentReasons.OptedOut, tracker.SuppressionReason("u1", T0.AddDays(30)));

        tracker.Apply("u1", ConsentAction.Resume, T0.AddDays(30)); // resume does not undo an opt-out
        Assert.True(tracker.IsSuppressed("u1", T0.AddDays(30).AddMinutes(1)));

        tracker.Apply("u1", ConsentAction.OptIn, T0.AddDays(31));
        Assert.Null(tracker.SuppressionReason("u1", T0.AddDays(31)));
        Assert.Equal(ConsentReasons.OptedOut, tracker.SuppressionReason("u1", T0.AddDays(31).AddTicks(-1)));
        Assert.Equal(ConsentReasons.Paused, tracker.SuppressionReason("u1", T0.AddSeconds(30)));
    }

    [Fact]
    public void Snapshot_restores_the_same_decisions_on_another_instance()
    {
        var source = new ConsentTracker(new ConsentOptions());
        source.Apply("u1", ConsentAction.Pause, T0, 20);
        source.Apply("u1", ConsentAction.OptOut, T0.AddHours(1));
        var changed = new List<string>();
        source.TakeChangedUsers(changed);
        Assert.Equal(["u1"], changed);

        var replica = new ConsentTracker(new ConsentOptions());
        replica.Restore("u1", source.Snapshot("u1"));

        foreach (var minutes in new[] { -1, 0, 10, 19, 20, 59, 60, 600 })
        {
            var t = T0.AddMinutes(minutes);
            Assert.Equal(source.SuppressionReason("u1", t), replica.SuppressionReason("u1", t));
        }
        replica.Restore("u1", null);
        Assert.False(replica.IsSuppressed("u1", T0.AddHours(2)));
        Assert.Null(source.Snapshot("nobody"));
    }

    [Fact]
    public void Pause_at_the_end_of_the_calendar_saturates()
    {
        var tracker = new ConsentTracker(new ConsentOptions());
        var late = DateTimeOffset.MaxValue.AddMinutes(-1);
        tracker.Apply("u1", ConsentAction.Pause, late);

        Assert.True(tracker.IsSuppressed("u1", DateTimeOffset.MaxValue.AddTicks(-1)));
    }

    [Fact]
    public void Corrupt_snapshots_are_refused()
    {
        var tracker = new ConsentTracker(new ConsentOptions());
        Assert.Throws<FormatException>(() => tracker.Restore("u1", []));
        Assert.Throws<FormatException>(() => tracker.Restore("u1", [2, 0, 0, 0, 0]));
        Assert.Throws<FormatException>(() => tracker.Restore("u1", [1, 1, 0, 0, 0, 1, 2]));
    }

    [Theory]
    [InlineData("pause", ConsentAction.Pause)]
    [InlineData("resume", ConsentAction.Resume)]
    [InlineData("opt_out", ConsentAction.OptOut)]
    [InlineData("opt_in", ConsentAction.OptIn)]
    public void Parses_known_actions(string name, ConsentAction expected)
    {
        Assert.True(ConsentTracker.TryParseAction(name, out var action));
        Assert.Equal(expected, action);
    }

    [Fact]
    public void Refuses_unknown_actions()
    {
        Assert.False(ConsentTracker.TryParseAction("PAUSE", out _));
        Assert.False(ConsentTracker.TryParseAction("", out _));
    }
}
