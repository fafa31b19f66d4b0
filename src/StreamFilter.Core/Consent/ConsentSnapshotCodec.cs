using System.Buffers.Binary;

namespace StreamFilter.Core.Consent;

/// <summary>Versioned binary form of one user's consent windows: version, count, then (start, end, kind).</summary>
internal static class ConsentSnapshotCodec
{
    private const byte Version = 1;
    private const int WindowBytes = 17;

    public static byte[] Write(UserConsent user)
    {
        var windows = user.Windows;
        var bytes = new byte[5 + windows.Count * WindowBytes];
        bytes[0] = Version;
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(1), windows.Count);
        var at = 5;
        foreach (var w in windows)
        {
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(at), w.Start.UtcTicks);
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(at + 8), w.End.UtcTicks);
            bytes[at + 16] = w.OptOut ? (byte)1 : (byte)0;
            at += WindowBytes;
        }
        return bytes;
    }

    public static UserConsent Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 5 || bytes[0] != Version)
        {
            throw new FormatException("Unknown or corrupt consent snapshot.");
        }
        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes[1..]);
        if (count < 0 || count > UserConsent.MaxWindows || bytes.Length != 5 + count * WindowBytes)
        {
            throw new FormatException("Corrupt consent snapshot.");
        }
        var user = new UserConsent();
        for (var i = 0; i < count; i++)
        {
            var w = bytes.Slice(5 + i * WindowBytes, WindowBytes);
            var start = ReadTime(w);
            var end = ReadTime(w[8..]);
            user.Windows.Add(new ConsentWindow(start, end, w[16] != 0));
        }
        return user;
    }

    private static DateTimeOffset ReadTime(ReadOnlySpan<byte> b)
    {
        var ticks = BinaryPrimitives.ReadInt64LittleEndian(b);
        return ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : throw new FormatException("Corrupt consent snapshot.");
    }
}
