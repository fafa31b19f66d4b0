namespace StreamFilter.Core.Events;

/// <summary>
/// The raw values of one event while it is read. The <c>type</c> may come last, so every known field
/// is collected first and judged against the type afterwards by <see cref="EventBuilder"/>.
/// </summary>
internal sealed class EventFieldBag
{
    /// <summary>Where repeating short values are interned; null to allocate every string.</summary>
    public StringCache? Cache;

    public EventField Seen;
    public EventField WrongType;
    public int UnknownFields;

    public EventKind? Kind;
    public bool UnknownType;
    public string? EventId;
    public string? UserId;
    public string? Ts;
    public DateTimeOffset Timestamp;
    public string? App;
    public string? WindowTitle;
    public string? Url;

    public string? DeviceId;
    public string? SessionId;
    public long Seq;
    public string? Key;
    public List<string>? Modifiers;
    public string? Field;

    public string? Source;
    public string? Text;

    public string? FrameId;
    public int Width;
    public int Height;
    public List<OcrBlock>? Blocks;

    public string? Action;
    public double X;
    public double Y;
    public string? Button;
    public string? Target;
    public int? Minutes;

    public string? KnownTypeName => Kind is { } k ? EventKindNames.Of(k) : null;

    /// <summary>Forgets every value of the previous event; the string cache stays.</summary>
    public void Reset()
    {
        Seen = WrongType = EventField.None;
        UnknownFields = 0;
        Kind = null;
        UnknownType = false;
        EventId = UserId = Ts = App = WindowTitle = Url = null;
        Timestamp = default;
        DeviceId = SessionId = Key = Field = null;
        Seq = 0;
        Modifiers = null;
        Source = Text = FrameId = null;
        Width = Height = 0;
        Blocks = null;
        Action = Button = Target = null;
        X = Y = 0;
        Minutes = null;
    }
}
