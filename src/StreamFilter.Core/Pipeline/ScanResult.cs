namespace StreamFilter.Core.Pipeline;

/// <summary>
/// The redacted text fields of one event and what was found in them. A redacted value is null when the
/// original was absent or when an operator dropped the field; <see cref="Dropped"/> tells them apart.
/// Reused by one processor from event to event.
/// </summary>
internal sealed class ScanResult
{
    public string? App;
    public string? WindowTitle;
    public string? Url;
    public string? Text;
    public string? Target;

    /// <summary>Per OCR block, its redacted text (null when dropped by an operator).</summary>
    public readonly List<string?> Blocks = [];

    public readonly List<EntityHit> Entities = [];

    /// <summary>True when any field was removed by a drop-field operator.</summary>
    public bool Dropped;

    public void Reset()
    {
        App = WindowTitle = Url = Text = Target = null;
        Blocks.Clear();
        Entities.Clear();
        Dropped = false;
    }
}
