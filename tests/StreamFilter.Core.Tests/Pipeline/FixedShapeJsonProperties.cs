using System.Buffers;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StreamFilter.Core.Events;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Tests.Pipeline;

/// <summary>
/// The fixed-shape writers (pre-encoded fragments) must write exactly the bytes of the general
/// call-by-call writers, for any values: escapes, control characters, non-ASCII, surrogate pairs,
/// lone surrogates (which the writer escapes), values longer than the encoding cache keeps, repeated
/// and fresh values.
/// </summary>
public class FixedShapeJsonProperties
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "0", "9", " ", "\"", "\\", "/", "\n", "\t", "\u0001", "\u001f", "\u007f", "é", "中", "\u2028",
        "\U0001F600", "\ud800", "\udc00", "<", "&", "'", "+", "Slack", "general", "k1", "2026-06-01T09:00:00.123Z", "[REDACTED:health]",
    ];

    private static Gen<string> Text => Gen.Elements(Pieces).ListOf().Select(pieces => string.Concat(pieces));

    private static Gen<string[]> Texts => Gen.Choose(0, 3).SelectMany(n => Text.ArrayOf(n));

    /// <summary>Values from a handful, so records repeat a user's or session's values with others changed (the memoized runs).</summary>
    private static Gen<string> Repeating => Gen.OneOf(Text, Gen.Elements("u1", "s1", "Slack", "\"x\"", "é"));

    private static Gen<string?> OptionalRepeating => Gen.OneOf(Gen.Constant<string?>(null), Repeating.Select(t => (string?)t));

    private static Gen<string[]> MostlyNone => Gen.OneOf(Gen.Constant(Array.Empty<string>()), Texts);

    [Property(MaxTest = 1000)]
    public Property An_audit_record_is_written_as_the_general_writer_writes_it()
    {
        var cache = new JsonTextCache(); // shared across cases: values come back cached and fresh
        var pairs = from record in AuditRecords
                    from other in AuditRecords
                    from change in Gen.Choose(0, 6)
                    select (record, Changed(record, other, change));
        return Prop.ForAll(pairs.ToArbitrary(), pair =>
        {
            var (record, next) = pair;
            // Two records through one writer: separators between top-level values must match too.
            var general = Written(w => { AuditRecordJson.Write(w, record, null); AuditRecordJson.Write(w, next, null); });
            var fixedShape = Written(w => { AuditRecordJson.Write(w, record, cache); AuditRecordJson.Write(w, next, cache); });
            return general.AsSpan().SequenceEqual(fixedShape);
        });
    }

    [Property(MaxTest = 1000)]
    public Property A_keystroke_event_is_written_as_the_general_writer_writes_it()
    {
        var general = new FilteredEventWriter(fixedShapes: false);
        var fixedShape = new FilteredEventWriter(fixedShapes: true);
        var pairs = from c in KeystrokeCases
                    from other in KeystrokeCases
                    from change in Gen.Choose(0, 6)
                    select (c, Changed(c, other, change));
        return Prop.ForAll(pairs.ToArbitrary(), pair =>
        {
            var same = true;
            foreach (var c in new[] { pair.Item1, pair.Item2 })
            {
                general.Write(c.Event, c.Scan, c.Assessment, c.Action, c.FieldTag, c.PolicyVersion);
                fixedShape.Write(c.Event, c.Scan, c.Assessment, c.Action, c.FieldTag, c.PolicyVersion);
                same &= general.Written.SequenceEqual(fixedShape.Written);
            }
            return same;
        });
    }

    /// <summary>The record again with one value taken from <paramref name="other"/> (or only a new event id): a user's repeated fields must not be reused for it.</summary>
    private static AuditRecord Changed(AuditRecord record, AuditRecord other, int change) => change switch
    {
        0 => record with { Level = other.Level },
        1 => record with { Action = other.Action },
        2 => record with { Categories = other.Categories },
        3 => record with { PolicyVersion = other.PolicyVersion },
        4 => record with { Type = other.Type },
        5 => record with { Reasons = other.Reasons },
        _ => record with { EventId = other.EventId },
    };

    /// <summary>The same key event with one focus or device value changed (or only another event id): a session's repeated fields must not be reused for it.</summary>
    private static KeystrokeCase Changed(KeystrokeCase c, KeystrokeCase other, int change) => change switch
    {
        0 => c with { Scan = new ScanResult { App = other.Scan.App, WindowTitle = c.Scan.WindowTitle, Url = c.Scan.Url } },
        1 => c with { Scan = new ScanResult { App = c.Scan.App, WindowTitle = other.Scan.WindowTitle, Url = c.Scan.Url } },
        2 => c with { Scan = new ScanResult { App = c.Scan.App, WindowTitle = c.Scan.WindowTitle, Url = other.Scan.Url } },
        3 => c with { FieldTag = other.FieldTag },
        4 => c with { Event = c.Event with { Keystroke = c.Event.Keystroke! with { DeviceId = other.Event.Keystroke!.DeviceId } } },
        5 => c with { Event = c.Event with { Keystroke = c.Event.Keystroke! with { Key = other.Event.Keystroke!.Key } } },
        _ => c with { Event = c.Event with { EventId = other.Event.EventId } },
    };

    private static Gen<AuditRecord> AuditRecords =>
        from ids in Repeating.ArrayOf(4)
        from action in Gen.Elements(Enum.GetValues<AuditAction>())
        from level in Gen.Elements(Enum.GetValues<SensitivityLevel>())
        from reasons in MostlyNone
        from entities in MostlyNone
        from categories in Gen.OneOf(Repeating.Select(c => new[] { c }), Texts)
        from source in Gen.Choose(0, 2)
        from offset in Gen.Choose(-5, int.MaxValue).Select(o => (long)o * 3)
        select new AuditRecord
        {
            EventId = ids[0],
            Type = ids[1],
            UserId = ids[2],
            Action = action,
            Reasons = reasons,
            EntityTypes = entities,
            Level = level,
            Categories = categories,
            PolicyVersion = ids[3],
            Source = source == 1 ? ids[0] + ":" + offset : null,
            Position = source == 2 ? new SourcePosition(ids[1], offset) : null,
        };

    private static Gen<KeystrokeCase> KeystrokeCases =>
        from ids in Repeating.ArrayOf(7)
        from optional in OptionalRepeating.ArrayOf(7)
        from seq in Gen.Choose(int.MinValue, int.MaxValue).Select(s => (long)s * 5)
        from modifiers in Texts
        from category in Gen.Elements<string?>(null, Category.Work, Category.Medical, Category.Financial)
        from redact in Gen.Elements(true, false)
        from tagged in Gen.Elements(true, false)
        select Case(ids, optional, seq, modifiers, category, redact ? AuditAction.Redact : AuditAction.Pass, tagged ? "[REDACTED:health]" : null);

    private static KeystrokeCase Case(string[] ids, string?[] optional, long seq, string[] modifiers, string? category, AuditAction action, string? fieldTag)
    {
        var evt = new InputEvent
        {
            Kind = EventKind.Keystroke,
            EventId = ids[0],
            UserId = ids[1],
            TimestampText = ids[2],
            Timestamp = default,
            App = optional[0],
            WindowTitle = optional[1],
            Url = optional[2],
            Keystroke = new KeystrokeData { DeviceId = ids[3], SessionId = ids[4], Seq = seq, Key = ids[5], Modifiers = modifiers, Field = optional[3] },
        };
        var scan = new ScanResult { App = optional[4], WindowTitle = optional[5], Url = optional[6] };
        var assessment = new SensitivityAssessment();
        if (category is not null)
        {
            assessment.Raise(category, SensitivityLevel.Sensitive, "test");
        }
        return new KeystrokeCase(evt, scan, assessment, action, fieldTag, ids[6]);
    }

    private static byte[] Written(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, AuditRecordJson.WriterOptions))
        {
            write(writer);
        }
        return buffer.WrittenSpan.ToArray();
    }

    internal sealed record KeystrokeCase(InputEvent Event, ScanResult Scan, SensitivityAssessment Assessment, AuditAction Action, string? FieldTag, string PolicyVersion);
}
