using System.Text;
using StreamFilter.Core.Security;

namespace StreamFilter.Core.Tests.Security;

public class StateSealerTests
{
    private static readonly byte[] Key = Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray();
    private static readonly byte[] OtherKey = Enumerable.Range(0, 32).Select(i => (byte)(255 - i)).ToArray();
    private static readonly byte[] Plain = Encoding.UTF8.GetBytes("{\"key\":\"5\"} held keys 536-22-");

    [Fact]
    public void A_sealed_record_opens_with_the_same_key_and_record_key_only()
    {
        using var sealer = new StateSealer(Key);
        var sealedRecord = sealer.Seal(Plain, "2:d1/s1");
        Assert.Equal(Plain, sealer.Open(sealedRecord, "2:d1/s1"));
        Assert.Equal(-1, sealedRecord.AsSpan().IndexOf("536"u8));
        Assert.Equal(-1, sealedRecord.AsSpan().IndexOf("\"key\""u8));

        Assert.Throws<StateSealException>(() => sealer.Open(sealedRecord, "2:d1/s2"));
        using var other = new StateSealer(OtherKey);
        Assert.Throws<StateSealException>(() => other.Open(sealedRecord, "2:d1/s1"));
    }

    [Fact]
    public void A_long_record_key_from_an_oversized_session_id_seals_and_opens()
    {
        using var sealer = new StateSealer(Key);
        var longKey = "4000:" + new string('d', 4000) + "/s1";
        Assert.Equal(Plain, sealer.Open(sealer.Seal(Plain, longKey), longKey));
        Assert.Throws<StateSealException>(() => sealer.Open(sealer.Seal(Plain, longKey), longKey + "x"));
    }

    [Fact]
    public void Every_altered_byte_is_refused()
    {
        using var sealer = new StateSealer(Key);
        var sealedRecord = sealer.Seal(Plain, "k");
        for (var i = 0; i < sealedRecord.Length; i++)
        {
            var altered = (byte[])sealedRecord.Clone();
            altered[i] ^= 0x01;
            Assert.Throws<StateSealException>(() => sealer.Open(altered, "k"));
        }
    }

    [Fact]
    public void Two_seals_of_the_same_state_differ()
    {
        // A fresh nonce per record: equal snapshots do not show as equal records in the topic.
        using var sealer = new StateSealer(Key);
        Assert.NotEqual(sealer.Seal(Plain, "k"), sealer.Seal(Plain, "k"));
    }

    [Fact]
    public void Unsealed_or_short_records_and_bad_keys_are_refused_with_a_message_free_of_content()
    {
        using var sealer = new StateSealer(Key);
        var e = Assert.Throws<StateSealException>(() => sealer.Open(Plain, "k"));
        Assert.DoesNotContain("536", e.Message, StringComparison.Ordinal);
        Assert.Throws<StateSealException>(() => sealer.Open([], "k"));
        Assert.Throws<ArgumentException>(() => new StateSealer(new byte[16]));
    }
}
