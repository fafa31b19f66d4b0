using StreamFilter.Core.Detection;
using StreamFilter.Core.Keystrokes;
using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Tests.Keystrokes;

/// <summary>
/// The state that decides held keys survives a restart or a rebalance through the snapshot: fields
/// typed so far, a password label's secret, a terminal's pending prompt, a partial value kept past an
/// idle flush, and Shift on held keys. Each test stops mid-value, restores into a new stage, goes on.
/// </summary>
public sealed class KeystrokeHeldStateRestartTests
{
    /// <summary>
    /// A version 1 snapshot (written by the stage at 5eec91b: "ssn 536-22-48" typed, nothing decided
    /// after "ssn "), so a changelog written before this version still restores.
    /// </summary>
    private const string Version1Snapshot = "AQJkMQJzMQCiGyq8v94IAQZDaHJvbWUBBEZvcm0BBHRleHQNAAAAAAAAAA0AAAANAAAAcwAAAAAAAAAAAAAAcwABAAAAAAAAAAAAbgACAAAAAAAAAAAAIAADAAAAAAAAAAAANQAEAAAAAAAAAAAAMwAFAAAAAAAAAAAANgAGAAAAAAAAAAAALQAHAAAAAAAAAAAAMgAIAAAAAAAAAAAAMgAJAAAAAAAAAAAALQAKAAAAAAAAAAAANAALAAAAAAAAAAAAOAAMAAAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAdkMS1zMS0wAnUxAAAAAAAAAAAA6D8pvL/eCAAAAXMAAQR0ZXh0AQZDaHJvbWUBBEZvcm0AAAAAAAAAAAD/////AQAAAAAAAAAAAAAAB2QxLXMxLTECdTEBAAAAAAAAAIA3Uim8v94IAAABcwABBHRleHQBBkNocm9tZQEERm9ybQAAAAAAAAAAAP////8CAAAAAAAAAAAAAAAHZDEtczEtMgJ1MQIAAAAAAAAAAIdkKby/3ggAAAFuAAEEdGV4dAEGQ2hyb21lAQRGb3JtAAAAAAAAAAAA/////wMAAAAAAAAAAAAAAAdkMS1zMS0zAnUxAwAAAAAAAACA1nYpvL/eCAAABVNwYWNlAAEEdGV4dAEGQ2hyb21lAQRGb3JtAAAAAAAAAAAA/////wQAAAAAAAAAAAAAAAdkMS1zMS00AnUxBAAAAAAAAAAAJokpvL/eCAAAATUAAQR0ZXh0AQZDaHJvbWUBBEZvcm0AAAAAAAAAAAD/////BQAAAAAAAAAAAAAAB2QxLXMxLTUCdTEFAAAAAAAAAIB1mym8v94IAAABMwABBHRleHQBBkNocm9tZQEERm9ybQAAAAAAAAAAAP////8GAAAAAAAAAAAAAAAHZDEtczEtNgJ1MQYAAAAAAAAAAMWtKby/3ggAAAE2AAEEdGV4dAEGQ2hyb21lAQRGb3JtAAAAAAAAAAAA/////wcAAAAAAAAAAAAAAAdkMS1zMS03AnUxBwAAAAAAAACAFMApvL/eCAAAAS0AAQR0ZXh0AQZDaHJvbWUBBEZvcm0AAAAAAAAAAAD/////CAAAAAAAAAAAAAAAB2QxLXMxLTgCdTEIAAAAAAAAAABk0im8v94IAAABMgABBHRleHQBBkNocm9tZQEERm9ybQAAAAAAAAAAAP////8JAAAAAAAAAAAAAAAHZDEtczEtOQJ1MQkAAAAAAAAAgLPkKby/3ggAAAEyAAEEdGV4dAEGQ2hyb21lAQRGb3JtAAAAAAAAAAAA/////woAAAAAAAAAAAAAAAhkMS1zMS0xMAJ1MQoAAAAAAAAAAAP3Kby/3ggAAAEtAAEEdGV4dAEGQ2hyb21lAQRGb3JtAAAAAAAAAAAA/////wsAAAAAAAAAAAAAAAhkMS1zMS0xMQJ1MQsAAAAAAAAAgFIJKry/3ggAAAE0AAEEdGV4dAEGQ2hyb21lAQRGb3JtAAAAAAAAAAAA/////wwAAAAAAAAAAAAAAAhkMS1zMS0xMgJ1MQwAAAAAAAAAAKIbKry/3ggAAAE4AAEEdGV4dAEGQ2hyb21lAQRGb3JtAAAAAAAAAAAA/////w==";

    private readonly RecordingSink _sink = new();

    private static KeystrokeStage NewStage() => new(TestEngines.WithCards, new KeystrokeOptions());

    /// <summary>Types with <paramref name="before"/>, snapshots, restores into a new stage and hands it to <paramref name="after"/>.</summary>
    private void AcrossRestart(Action<Typist> before, Action<Typist, KeystrokeStage> after)
    {
        Typist t;
        byte[] snapshot;
        using (var first = NewStage())
        {
            t = new Typist(first, _sink) { Jitter = new Random(3) };
            before(t);
            snapshot = first.Snapshot(t.Session)!;
        }
        using var second = NewStage();
        second.Restore(snapshot, _sink);
        var resumed = new Typist(second, _sink) { Now = t.Now, Field = t.Field, App = t.App, Title = t.Title, Jitter = new Random(4), NextSeq = t.NextSeq };
        after(resumed, second);
        second.Complete(_sink);
        Assert.Equal(0, second.HeldKeyCount);
    }

    [Fact]
    public void A_card_typed_across_boxes_is_judged_whole_across_a_restart()
    {
        var value = new List<string>();
        AcrossRestart(
            t =>
            {
                value.AddRange(t.Type("4111"));
                t.Press("Tab");
                value.AddRange(t.Type("1111"));
                t.Press("Tab");
            },
            (t, _) =>
            {
                value.AddRange(t.Type("1111"));
                t.Press("Tab");
                value.AddRange(t.Type("1111"));
            });

        Assert.All(value, id => Assert.Equal((KeyVerdict.Mask, EntityType.CreditCard), (_sink.For(id).Verdict, _sink.For(id).EntityType)));
    }

    [Fact]
    public void A_password_label_still_makes_what_follows_secret_after_a_restart()
    {
        var secret = new List<string>();
        AcrossRestart(t => t.Type("wifi password: "), (t, _) => secret.AddRange(t.Type("Tr0ub4dor&3 ok")));

        Assert.All(secret, id => Assert.NotEqual(KeyVerdict.Forward, _sink.For(id).Verdict));
    }

    [Fact]
    public void A_terminal_prompt_still_swallows_the_next_line_after_a_restart()
    {
        var secret = new List<string>();
        AcrossRestart(
            t =>
            {
                t.App = "iTerm2";
                t.Type("sudo systemctl restart nginx");
                t.Press("Enter");
            },
            (t, _) =>
            {
                secret.AddRange(t.Type("hunter2"));
                t.Press("Enter");
            });

        Assert.All(secret, id => Assert.Equal(KeyVerdict.Drop, _sink.For(id).Verdict));
    }

    [Fact]
    public void A_partial_value_kept_past_an_idle_flush_stays_held_and_is_masked_at_the_bound_after_a_restart()
    {
        var value = new List<string>();
        AcrossRestart(
            t =>
            {
                value.AddRange(t.Type("536-22-"));
                t.Pause(TimeSpan.FromSeconds(5));
            },
            (t, stage) =>
            {
                Assert.All(value, id => Assert.DoesNotContain(_sink.Decisions, d => d.Event.EventId == id));
                stage.Advance(t.Now + TimeSpan.FromSeconds(30), _sink);
                Assert.Equal(0, stage.HeldKeyCount);
            });

        Assert.All(value.Where(id => _sink.For(id).Event.Key != "-"), id => Assert.Equal(KeystrokeReasons.PartialValue, _sink.For(id).Reason));
    }

    [Fact]
    public void Shift_on_held_keys_survives_a_restart()
    {
        using var stage = NewStage();
        var t = new Typist(stage, _sink) { Shift = true };
        t.Press("q");
        using var restored = NewStage();
        restored.Restore(stage.Snapshot(t.Session)!, _sink);
        restored.Complete(_sink);

        Assert.True(Assert.Single(_sink.Decisions).Event.Shift);
    }

    [Fact]
    public void A_version_1_snapshot_restores_and_its_held_value_is_still_found()
    {
        using var stage = NewStage();
        stage.Restore(Convert.FromBase64String(Version1Snapshot), _sink);
        Assert.Equal(13, stage.HeldKeyCount); // "ssn" joins the number after it
        var t = new Typist(stage, _sink) { Now = Typist.Start + TimeSpan.FromSeconds(2), NextSeq = 13 };
        t.Type("71 thanks");
        t.Press("Enter");
        stage.Complete(_sink);

        var masked = _sink.Decisions.Where(d => d.Verdict == KeyVerdict.Mask).ToList();
        Assert.Equal(11, masked.Count);
        Assert.All(masked, d => Assert.Equal(EntityType.UsSsn, d.EntityType));
    }
}
