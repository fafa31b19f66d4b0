using System.Numerics;
using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Tests.Detection;

/// <summary>
/// <see cref="PrefixPrefilter"/> may let through positions where no word starts, never reject one
/// where a word does. Its 64-position step (whole-character look-ups where the CPU has AVX-512 VBMI)
/// must keep that promise and let through no more than the 32-position nibble step it replaces.
/// </summary>
public class PrefixPrefilterTests
{
    private static readonly string[] Words = ["password", "pwd", "token", "api_key", "auth", "secret", "ssn", "dob", "mrn", "iban", "acct", "routing", "tel"];

    [Fact]
    public void Wide_step_keeps_every_word_start_and_adds_no_position_to_the_nibble_step()
    {
        var filter = new PrefixPrefilter(Words);
        string[] pieces = ["pass", "PASSWORD", "pwd", "tok", "Token", "api_", "API_KEY", "AUTH", "au", "secre", "SSN", "dob", "mRn",
            "iban", "acct", "rout", "tel", " ", "=", "_", "-", ".", "x", "q", "2026", "by", "the", "aqxv", "t~l"];
        var random = new Random(11);
        long wide = 0;
        long nibble = 0;
        var starts = 0;
        for (var n = 0; n < 3_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            // One block of narrowed text and the three bytes the look-ups read past it, zero padded.
            var bytes = new byte[64 + PrefixPrefilter.Width];
            for (var k = 0; k < Math.Min(bytes.Length, text.Length); k++)
            {
                bytes[k] = (byte)text[k];
            }
            var wideBits = filter.Candidates64(ref bytes[0]);
            var nibbleBits = filter.Candidates(ref bytes[0]) | (ulong)filter.Candidates(ref bytes[32]) << 32;
            for (var k = 0; k < Math.Min(64, text.Length); k++)
            {
                if (Words.Any(w => text.AsSpan(k).StartsWith(w, StringComparison.OrdinalIgnoreCase)))
                {
                    starts++;
                    Assert.True((wideBits >> k & 1) != 0, $"word start {k} rejected by the 64-position step in generated text #{n}");
                    Assert.True((nibbleBits >> k & 1) != 0, $"word start {k} rejected by the nibble step in generated text #{n}");
                }
            }
            Assert.Equal(0UL, wideBits & ~nibbleBits);
            wide += BitOperations.PopCount(wideBits);
            nibble += BitOperations.PopCount(nibbleBits);
        }
        Assert.True(starts > 3_000, $"only {starts} word starts: the check would test little");
        Assert.True(wide <= nibble);
    }
}
