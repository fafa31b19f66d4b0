using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Sensitivity;

/// <summary>
/// What the assessor sees of one event: its focus context, the findings of every field (offsets are
/// not used, only entity types) and its free-text fields (transcript text, chat, each OCR block's text,
/// reassembled keystrokes, mouse target). A ref struct so the caller can pass pooled buffers as is.
/// </summary>
public readonly ref struct AssessmentInput
{
    public AssessmentInput(string? app, string? windowTitle, string? url, ReadOnlySpan<Finding> findings, ReadOnlySpan<string> texts)
    {
        App = app;
        WindowTitle = windowTitle;
        Url = url;
        Findings = findings;
        Texts = texts;
    }

    public string? App { get; }

    public string? WindowTitle { get; }

    public string? Url { get; }

    public ReadOnlySpan<Finding> Findings { get; }

    public ReadOnlySpan<string> Texts { get; }
}
