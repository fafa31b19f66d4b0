namespace StreamFilter.Core.Events;

/// <summary>The wire names of <see cref="EventKind"/> (the <c>type</c> field), matched on UTF-8 bytes.</summary>
public static class EventKindNames
{
    public const string Keystroke = "keystroke";
    public const string Transcript = "transcript";
    public const string ScreenOcr = "screen_ocr";
    public const string Mouse = "mouse";
    public const string Consent = "consent";

    public static string Of(EventKind kind) => kind switch
    {
        EventKind.Keystroke => Keystroke,
        EventKind.Transcript => Transcript,
        EventKind.ScreenOcr => ScreenOcr,
        EventKind.Mouse => Mouse,
        _ => Consent,
    };

    /// <summary>Maps a <c>type</c> value without allocating; false for a type the contract does not define.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out EventKind kind)
    {
        kind = default;
        if (utf8.SequenceEqual("keystroke"u8))
        {
            kind = EventKind.Keystroke;
        }
        else if (utf8.SequenceEqual("transcript"u8))
        {
            kind = EventKind.Transcript;
        }
        else if (utf8.SequenceEqual("screen_ocr"u8))
        {
            kind = EventKind.ScreenOcr;
        }
        else if (utf8.SequenceEqual("mouse"u8))
        {
            kind = EventKind.Mouse;
        }
        else if (utf8.SequenceEqual("consent"u8))
        {
            kind = EventKind.Consent;
        }
        else
        {
            return false;
        }
        return true;
    }
}
