namespace StreamFilter.Core.Events;

/// <summary>Every field name of the contract, as bits: which were seen, and which had the wrong JSON type.</summary>
[Flags]
internal enum EventField
{
    None = 0,
    Type = 1 << 0,
    EventId = 1 << 1,
    UserId = 1 << 2,
    Ts = 1 << 3,
    App = 1 << 4,
    WindowTitle = 1 << 5,
    Url = 1 << 6,
    DeviceId = 1 << 7,
    SessionId = 1 << 8,
    Seq = 1 << 9,
    Key = 1 << 10,
    Modifiers = 1 << 11,
    Field = 1 << 12,
    Source = 1 << 13,
    Text = 1 << 14,
    FrameId = 1 << 15,
    Width = 1 << 16,
    Height = 1 << 17,
    Blocks = 1 << 18,
    Action = 1 << 19,
    X = 1 << 20,
    Y = 1 << 21,
    Button = 1 << 22,
    Target = 1 << 23,
    Minutes = 1 << 24,

    Common = Type | EventId | UserId | Ts | App | WindowTitle | Url,
    KeystrokeFields = DeviceId | SessionId | Seq | Key | Modifiers | Field,
    TranscriptFields = Source | Text,
    ScreenOcrFields = FrameId | Width | Height | Blocks,
    MouseFields = Action | X | Y | Button | Target,
    ConsentFields = Action | Minutes,
}
