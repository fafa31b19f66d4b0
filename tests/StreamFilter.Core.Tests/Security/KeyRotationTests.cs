using System.Security.Cryptography;
using StreamFilter.Core.DeadLetters;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Security;

namespace StreamFilter.Core.Tests.Security;

/// <summary>After a rotation the current key seals and previous keys still open: state records and dead letters.</summary>
public sealed class KeyRotationTests
{
    private static readonly byte[] OldKey = Key(1);
    private static readonly byte[] OlderKey = Key(2);
    private static readonly byte[] NewKey = Key(3);
    private static readonly byte[] UnknownKey = Key(4);
    private const string Session = "2:d1/s1";

    private static byte[] Key(byte seed) => Enumerable.Range(0, 32).Select(i => (byte)(seed * 37 + i)).ToArray();

    private static KeyRing Ring(byte[] current, params byte[][] previous) =>
        new(new LoadedKey(current, "current", false), previous.Select((k, i) => new LoadedKey(k, $"previous {i + 1}", false)).ToList());

    [Fact]
    public void A_state_record_sealed_with_the_old_key_opens_with_the_new_key_current_and_the_old_one_previous()
    {
        using var old = new StateSealer(OldKey);
        var sealedRecord = old.Seal("held 536-22-"u8, Session);
        using var rotated = new StateSealer(Ring(NewKey, OldKey));

        var plain = rotated.Open(sealedRecord, Session, out var generation);

        Assert.Equal("held 536-22-"u8.ToArray(), plain);
        Assert.Equal(1, generation);
    }

    [Fact]
    public void A_record_sealed_with_the_current_key_reports_generation_zero()
    {
        using var rotated = new StateSealer(Ring(NewKey, OldKey));
        var sealedRecord = rotated.Seal("x"u8, Session);

        rotated.Open(sealedRecord, Session, out var generation);

        Assert.Equal(0, generation);
    }

    [Fact]
    public void The_nth_previous_key_opens_its_records_and_reports_its_generation()
    {
        using var older = new StateSealer(OlderKey);
        using var rotated = new StateSealer(Ring(NewKey, OldKey, OlderKey));

        rotated.Open(older.Seal("x"u8, Session), Session, out var generation);

        Assert.Equal(2, generation);
    }

    [Fact]
    public void A_state_record_sealed_with_an_unknown_key_still_fails()
    {
        using var unknown = new StateSealer(UnknownKey);
        var sealedRecord = unknown.Seal("held 536-22-"u8, Session);
        using var rotated = new StateSealer(Ring(NewKey, OldKey));

        var e = Assert.Throws<StateSealException>(() => rotated.Open(sealedRecord, Session));
        Assert.Contains("previous", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("536", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_key_record_under_another_session_key_does_not_open_with_any_key()
    {
        using var old = new StateSealer(OldKey);
        using var rotated = new StateSealer(Ring(NewKey, OldKey));

        Assert.Throws<StateSealException>(() => rotated.Open(old.Seal("x"u8, Session), "2:d1/s2"));
    }

    [Fact]
    public void A_previous_key_never_seals_state()
    {
        using var rotated = new StateSealer(Ring(NewKey, OldKey));
        using var newOnly = new StateSealer(NewKey);
        using var oldOnly = new StateSealer(OldKey);

        var sealedRecord = rotated.Seal("x"u8, Session);

        Assert.Equal("x"u8.ToArray(), newOnly.Open(sealedRecord, Session));
        Assert.Throws<StateSealException>(() => oldOnly.Open(sealedRecord, Session));
    }

    [Fact]
    public void Records_of_mixed_keys_in_any_order_each_open_with_their_own_key()
    {
        // The ring tries the last key that fitted first; the order of attempts must never change the result.
        using var old = new StateSealer(OldKey);
        using var rotated = new StateSealer(Ring(NewKey, OldKey));
        var records = new[] { (old, 1), (rotated, 0), (rotated, 0), (old, 1), (old, 1), (rotated, 0) }
            .Select((r, i) => (Sealed: r.Item1.Seal([(byte)i], Session), Generation: r.Item2, Plain: (byte)i)).ToList();

        foreach (var record in records)
        {
            Assert.Equal([record.Plain], rotated.Open(record.Sealed, Session, out var generation));
            Assert.Equal(record.Generation, generation);
        }
    }

    [Fact]
    public void A_wrong_length_previous_key_is_refused_naming_its_source()
    {
        var ring = new KeyRing(new LoadedKey(NewKey, "current", false), [new LoadedKey(new byte[16], "previous key file /k/old.key", false)]);

        var e = Assert.Throws<ArgumentException>(() => new StateSealer(ring));
        Assert.Contains("/k/old.key", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dead_letter_sealed_with_the_old_key_opens_with_the_rotated_ring()
    {
        using var old = new DeadLetterCipher(OldKey);
        var envelope = old.Seal("raw line"u8, DeadLetterKind.DeadLetter, "invalid_event", new SourcePosition("in.ndjson", 3));
        using var rotated = new DeadLetterCipher(Ring(NewKey, OldKey));

        var plain = rotated.Open(envelope, out var generation);

        Assert.Equal("raw line"u8.ToArray(), plain);
        Assert.Equal(1, generation);
    }

    [Fact]
    public void A_dead_letter_sealed_with_an_unknown_key_does_not_open_and_the_ring_seals_with_the_current_key()
    {
        using var unknown = new DeadLetterCipher(UnknownKey);
        using var rotated = new DeadLetterCipher(Ring(NewKey, OldKey));
        using var oldOnly = new DeadLetterCipher(OldKey);
        using var newOnly = new DeadLetterCipher(NewKey);
        var position = new SourcePosition("in.ndjson", 1);

        Assert.Throws<AuthenticationTagMismatchException>(() => rotated.Open(unknown.Seal("x"u8, DeadLetterKind.Quarantine, "r", position)));
        var sealedByRing = rotated.Seal("y"u8, DeadLetterKind.Quarantine, "r", position);
        Assert.Equal("y"u8.ToArray(), newOnly.Open(sealedByRing));
        Assert.Throws<AuthenticationTagMismatchException>(() => oldOnly.Open(sealedByRing));
    }
}
