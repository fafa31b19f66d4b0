using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StreamFilter.Core.Pipeline;
using static StreamFilter.Core.Tests.Pipeline.ProcessorTestKit;

namespace StreamFilter.Core.Tests.Pipeline;

public class AccountingPropertyTests
{
    private static readonly byte[] Valid = """{"type":"screen_ocr","event_id":"f1","user_id":"u1","ts":"2026-06-01T09:00:02Z","url":"https://x.example/","frame_id":"f1","width":1920,"height":1080,"blocks":[{"text":"SSN 536-22-4871","bbox":[100,140,300,30],"conf":0.97}]}"""u8.ToArray();

    private static readonly EventProcessor Processor = new(DefaultRules());

    [Property(MaxTest = 500)]
    public bool Any_bytes_get_exactly_one_audit_and_at_most_one_outcome(byte[] bytes) => AccountedOnce(bytes);

    [Property(MaxTest = 500)]
    public Property Any_truncation_or_byte_flip_of_a_valid_event_is_accounted_once_and_never_leaks()
    {
        var mutations = Gen.Choose(0, Valid.Length - 1).Two().Select(p => (Cut: p.Item1, Flip: p.Item2));
        return Prop.ForAll(mutations.ToArbitrary(), m =>
        {
            var bytes = (byte[])Valid.Clone();
            bytes[m.Flip] ^= 0x20;
            var cut = bytes.AsSpan(0, m.Cut + 1).ToArray();
            var sink = new RecordingSink();
            lock (Processor)
            {
                Processor.Process(cut, new SourcePosition("p", 1), sink);
            }
            var leaked = sink.Forwarded.Any(f => f.Json.Contains("536-22-4871", StringComparison.Ordinal));
            return sink.Audits.Count == 1 && sink.OutcomeCalls <= 1 && !leaked;
        });
    }

    private static bool AccountedOnce(byte[] bytes)
    {
        var sink = new RecordingSink();
        lock (Processor)
        {
            Processor.Process(bytes, new SourcePosition("p", 1), sink);
        }
        return sink.Audits.Count == 1 && sink.OutcomeCalls <= 1;
    }
}
