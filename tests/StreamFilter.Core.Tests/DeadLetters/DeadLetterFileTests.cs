using System.Security.Cryptography;
using System.Text;
using StreamFilter.Core.DeadLetters;
using StreamFilter.Core.Pipeline;

namespace StreamFilter.Core.Tests.DeadLetters;

public class DeadLetterFileTests
{
    private static readonly byte[] Key = Enumerable.Range(100, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] Raw = "{\"text\":\"my social is 536-22-4871\"}"u8.ToArray();

    private static string WriteFile(params (byte[] Raw, DeadLetterKind Kind, string Reason, long Line)[] records)
    {
        using var stream = new MemoryStream();
        using (var writer = new DeadLetterFileWriter(stream, Key))
        {
            foreach (var r in records)
            {
                writer.Write(r.Raw, r.Kind, r.Reason, new SourcePosition("in.ndjson", r.Line));
            }
            Assert.Equal(records.Length, writer.Count);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static List<DeadLetterEnvelope> ReadFile(string text) => DeadLetterFileReader.Read(new StringReader(text)).ToList();

    [Fact]
    public void Records_list_without_the_key_and_decrypt_with_it()
    {
        var file = WriteFile((Raw, DeadLetterKind.DeadLetter, "invalid_event: invalid JSON at byte 3", 4), ([0xC3, 0x28], DeadLetterKind.Quarantine, "policy_quarantine:medical", 9));

        Assert.DoesNotContain("4871", file, StringComparison.Ordinal);
        var envelopes = ReadFile(file);
        Assert.Equal(2, envelopes.Count);
        Assert.Equal("invalid_event: invalid JSON at byte 3", envelopes[0].Reason);
        Assert.Equal(new SourcePosition("in.ndjson", 4), envelopes[0].Position);
        Assert.Equal(DeadLetterKind.Quarantine, envelopes[1].Kind);
        using var cipher = new DeadLetterCipher(Key);
        Assert.Equal(Raw, cipher.Open(envelopes[0]));
        Assert.Equal([0xC3, 0x28], cipher.Open(envelopes[1]));
    }

    [Fact]
    public void Each_record_gets_its_own_nonce()
    {
        var envelopes = ReadFile(WriteFile((Raw, DeadLetterKind.DeadLetter, "r", 1), (Raw, DeadLetterKind.DeadLetter, "r", 1)));

        Assert.NotEqual(envelopes[0].Nonce, envelopes[1].Nonce);
        Assert.NotEqual(envelopes[0].Ciphertext, envelopes[1].Ciphertext);
    }

    [Fact]
    public void Altered_clear_fields_or_a_wrong_key_fail_authentication()
    {
        var envelope = ReadFile(WriteFile((Raw, DeadLetterKind.DeadLetter, "invalid_event: x", 4)))[0];
        using var cipher = new DeadLetterCipher(Key);
        using var wrong = new DeadLetterCipher(new byte[32]);

        Assert.ThrowsAny<CryptographicException>(() => cipher.Open(envelope with { Reason = "harmless" }));
        Assert.ThrowsAny<CryptographicException>(() => cipher.Open(envelope with { Position = new SourcePosition("in.ndjson", 5) }));
        Assert.ThrowsAny<CryptographicException>(() => cipher.Open(envelope with { Kind = DeadLetterKind.Quarantine }));
        Assert.ThrowsAny<CryptographicException>(() => wrong.Open(envelope));
    }

    [Fact]
    public void A_line_that_is_not_an_envelope_is_reported_with_its_line_number()
    {
        var file = WriteFile((Raw, DeadLetterKind.DeadLetter, "r", 1)) + "{\"v\":1,\"kind\":\"dead_letter\"}\n";

        var error = Assert.Throws<FormatException>(() => ReadFile(file));
        Assert.StartsWith("line 2:", error.Message, StringComparison.Ordinal);
    }
}
