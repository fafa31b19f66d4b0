using System.Runtime.InteropServices;
using System.Text;
using StreamFilter.Core.Pipeline;

namespace StreamFilter.Core.Keystrokes;

/// <summary>
/// The versioned binary form of a session for the Kafka changelog: focus, text cells with their key
/// ids and sticky marks (field boundaries are cells too), cursor, what the text made secret (a
/// password label, a terminal's prompt), whether a partial value is held past an idle flush, and every
/// held key event with its payload. Held keys are raw input, so a snapshot is as sensitive as the
/// input topic and must be stored like it.
/// </summary>
/// <remarks>Version 1 (before field boundaries and secrets) is still read: its extra state is all off.</remarks>
internal static class KeystrokeSessionCodec
{
    private const byte Version = 2;

    public static byte[] Write(KeystrokeSession s)
    {
        using var stream = new MemoryStream(64 + s.Text.CellCount * 12 + s.HeldCount * 96);
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Version);
            w.Write(s.Key.DeviceId);
            w.Write(s.Key.SessionId);
            w.Write(s.LastEventTime.UtcTicks);
            WriteOptional(w, s.Focus.App);
            WriteOptional(w, s.Focus.Title);
            WriteOptional(w, s.Focus.Field);
            w.Write(s.NextKeyId);
            w.Write(s.SecretToBoundary);
            w.Write(s.SecretTyped);
            w.Write(s.SecretLines);
            w.Write(s.PartialHeld);
            w.Write(s.Text.Cursor);
            w.Write(s.Text.CellCount);
            foreach (ref readonly var c in s.Text.Cells)
            {
                w.Write((ushort)c.Char);
                w.Write(c.KeyId);
                w.Write(c.Deleted);
                WriteOptional(w, c.Entity);
            }
            w.Write(s.HeldCount);
            foreach (ref readonly var h in CollectionsMarshal.AsSpan(s.Held)[s.Head..])
            {
                WriteHeld(w, h);
                w.Write(h.Event.Shift);
            }
        }
        return stream.ToArray();
    }

    public static KeystrokeSession Read(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        try
        {
            using var r = new BinaryReader(new MemoryStream(data, writable: false), Encoding.UTF8);
            var version = r.ReadByte();
            if (version is not (1 or Version))
            {
                throw new FormatException($"Unknown keystroke session snapshot version {version}.");
            }
            var session = new KeystrokeSession(new SessionKey(r.ReadString(), r.ReadString()))
            {
                LastEventTime = new DateTimeOffset(r.ReadInt64(), TimeSpan.Zero),
            };
            session.SetFocus((ReadOptional(r), ReadOptional(r), ReadOptional(r)));
            session.NextKeyId = r.ReadInt64();
            if (version >= 2)
            {
                session.SecretToBoundary = r.ReadBoolean();
                session.SecretTyped = r.ReadBoolean();
                session.SecretLines = Math.Max(0, r.ReadInt32());
                session.PartialHeld = r.ReadBoolean();
            }
            var cursor = r.ReadInt32();
            var cells = new TypedCell[CheckedCount(r.ReadInt32(), data.Length)];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = new TypedCell { Char = (char)r.ReadUInt16(), KeyId = r.ReadInt64(), Deleted = r.ReadBoolean(), Entity = ReadOptional(r) };
            }
            session.Text.Load(cells, cursor);
            var held = CheckedCount(r.ReadInt32(), data.Length);
            for (var i = 0; i < held; i++)
            {
                var key = ReadHeld(r, session.Key);
                if (version >= 2 && r.ReadBoolean())
                {
                    key.Event = key.Event with { Shift = true };
                }
                session.Held.Add(key);
            }
            return session;
        }
        catch (EndOfStreamException ex)
        {
            throw new FormatException("Truncated keystroke session snapshot.", ex);
        }
    }

    private static void WriteHeld(BinaryWriter w, in HeldKey h)
    {
        var e = h.Event;
        w.Write(h.Id);
        w.Write(h.Password);
        w.Write(h.Ready);
        WriteOptional(w, h.Entity);
        WriteOptional(w, h.ForcedReason);
        w.Write(e.EventId);
        w.Write(e.UserId);
        w.Write(e.Seq);
        w.Write(e.Timestamp.UtcTicks);
        w.Write((short)e.Timestamp.Offset.TotalMinutes);
        w.Write(e.Key);
        w.Write(e.Shortcut);
        WriteOptional(w, e.Field);
        WriteOptional(w, e.App);
        WriteOptional(w, e.WindowTitle);
        w.Write(e.Position.Source ?? "");
        w.Write(e.Position.Offset);
        w.Write(e.Payload?.Length ?? -1);
        if (e.Payload is not null)
        {
            w.Write(e.Payload);
        }
    }

    private static HeldKey ReadHeld(BinaryReader r, SessionKey sessionKey)
    {
        var h = new HeldKey
        {
            Id = r.ReadInt64(),
            Password = r.ReadBoolean(),
            Ready = r.ReadBoolean(),
            Entity = ReadOptional(r),
            ForcedReason = ReadOptional(r),
        };
        var eventId = r.ReadString();
        var userId = r.ReadString();
        var seq = r.ReadInt64();
        var ticks = r.ReadInt64();
        var offset = TimeSpan.FromMinutes(r.ReadInt16());
        h.Event = new KeystrokeEvent
        {
            EventId = eventId,
            UserId = userId,
            Seq = seq,
            Timestamp = new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(offset),
            Key = r.ReadString(),
            Shortcut = r.ReadBoolean(),
            Field = ReadOptional(r),
            App = ReadOptional(r),
            WindowTitle = ReadOptional(r),
            Session = sessionKey,
            Position = new SourcePosition(r.ReadString(), r.ReadInt64()),
            Payload = ReadPayload(r),
        };
        return h;
    }

    private static byte[]? ReadPayload(BinaryReader r)
    {
        var length = r.ReadInt32();
        if (length < 0)
        {
            return null;
        }
        var bytes = r.ReadBytes(length);
        return bytes.Length == length ? bytes : throw new FormatException("Truncated keystroke session snapshot.");
    }

    private static int CheckedCount(int count, int dataLength) =>
        count >= 0 && count <= dataLength ? count : throw new FormatException("Corrupt keystroke session snapshot.");

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;
}
